# From an independent tester (round 100): MLP.backward finds each Linear block through a dict keyed on W.shape: with square layers (equal shapes) blocks collide and the wrong layer is backpropagated.
# kind: bug
# fails: test_mlp_backward
# fails: test_full_backprop
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        by_shape = {}
        for fc in (self.fc1, self.fc2, self.fc3):
            by_shape[fc.W.shape] = fc
        order = [self.fc3.W.shape, self.fc2.W.shape, self.fc1.W.shape]
        acts = [self.activation_fn2, self.activation_fn1, None]
        d = dy
        for shp, act in zip(order, acts):
            d = by_shape[shp].backward(d)
            if act is not None:
                d = act.backward(d)
        return d
