# From an independent tester (round 8): the message did not say that the two Tanh blocks are one object.
# "tanh has no parameters, one object is enough": __init__ sets activation_fn2 = activation_fn1, so the first
# layer's backward uses the second layer's stored output (shape error, or silently wrong for equal sizes).
# fails: test_mlp_backward: one and the same object
# fails: test_full_backprop: one and the same object
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = self.activation_fn1
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        g = self.activation_fn2.backward(self.fc3.backward(dy))
        g = self.activation_fn1.backward(self.fc2.backward(g))
        return self.fc1.backward(g)
