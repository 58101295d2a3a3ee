# From an independent tester (round 130): MLP.backward caps the incoming gradient from above only at 1e6 (np.minimum): wrong for large positive dy.
# kind: bug
# fails: test_mlp_backward: given the dy that MLP.backward received
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
        return self.fc3.forward(h2)

    def backward(self, dy):
        dy = np.minimum(dy, 1e6)
        dh2 = self.fc3.backward(dy)
        dh1 = self.fc2.backward(self.activation_fn2.backward(dh2))
        return self.fc1.backward(self.activation_fn1.backward(dh1))
