# From an independent tester (round 58). MLP.forward returns .squeeze() of the output: with one output, shape ()
# instead of (1,). Every visible cell passed it (the visible networks had 2 and 5 outputs); the visible forward
# check now runs a network of one output too.
# kind: bug
# fails: test_mlp_forward: returns shape (), expected (1,)
# self-check: test_mlp_forward: returns shape (), expected (1,)
# fails: test_mlp_backward: fix MLP.forward first
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        return self.fc3.forward(h2).squeeze()

    def backward(self, dy):
        g = self.fc3.backward(dy)
        g = self.activation_fn2.backward(g)
        g = self.fc2.backward(g)
        g = self.activation_fn1.backward(g)
        return self.fc1.backward(g)
