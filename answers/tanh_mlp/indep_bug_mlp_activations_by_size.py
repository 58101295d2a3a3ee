# From an independent tester (round 72): MLP keeps its activations in a dict keyed by their size: with two hidden layers of one size the second overwrites the first, and backward through the first tanh uses it (passes the visible checks).
# kind: bug
# fails: test_mlp_backward: Both hidden layers have 5 units here
# fails: test_full_backprop
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.saved = {}

    def forward(self, x):
        h1 = np.tanh(self.fc1.forward(x))
        self.saved[h1.size] = h1
        h2 = np.tanh(self.fc2.forward(h1))
        self.saved[h2.size] = h2
        return self.fc3.forward(h2)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = d * (1 - self.saved[d.size] ** 2)
        d = self.fc2.backward(d)
        d = d * (1 - self.saved[d.size] ** 2)
        return self.fc1.backward(d)
