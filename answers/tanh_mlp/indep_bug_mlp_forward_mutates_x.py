# From an independent tester (round 109): MLP.forward clips a float input in place to [-5, 5] "to avoid saturation": mutates x, and changes the output for inputs beyond 5.
# (Here at 7.5: only test_mlp_forward's input far out passes it in every run. At 5 the inputs of test_mlp_backward and
# test_full_backprop, built on forward, passed it in a few runs in a hundred, and those tests lost their points then.)
# kind: bug
# fails: test_mlp_forward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        np.clip(x, -7.5, 7.5, out=x) if x.dtype.kind == 'f' else None
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
