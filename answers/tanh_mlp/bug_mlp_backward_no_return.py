# MLP.backward runs every backward step but does not return dx: every layer gradient is right, and the
# check from the output down reaches the returned value last.
# fails: test_mlp_backward: MLP.backward returns None: it must return the gradient with respect to x
# fails: test_full_backprop: MLP.backward returns None: it must return the gradient with respect to x
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
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        self.fc1.backward(self.activation_fn1.backward(d))
