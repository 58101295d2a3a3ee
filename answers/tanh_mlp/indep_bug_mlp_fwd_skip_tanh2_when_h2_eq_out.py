# From an independent tester (round 127): MLP.forward skips the second tanh when hidden_size2 == out_features (no forward check had that shape; backward's 3,3,3,3 did).
# kind: bug
# fails: test_mlp_forward: the tanh after fc2 (activation_fn2) is missing
# fails: test_mlp_backward: fix MLP.forward first
# fails: test_full_backprop: fix MLP.forward first
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
        z2 = self.fc2.forward(h1)
        h2 = z2 if self.fc3.W.shape[0] == self.fc3.W.shape[1] else self.activation_fn2.forward(z2)
        if h2 is z2:
            self.activation_fn2.forward(z2)
        return self.fc3.forward(h2)

    def backward(self, dy):
        dh2 = self.fc3.backward(dy)
        dh1 = self.fc2.backward(self.activation_fn2.backward(dh2))
        return self.fc1.backward(self.activation_fn1.backward(dh1))
