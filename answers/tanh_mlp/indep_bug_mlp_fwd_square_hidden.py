# From an independent tester (round 95): MLP.forward skips the second tanh when hidden_size1 == hidden_size2 (never the case in the visible sizes); backward is right.
# kind: bug
# fails: test_mlp_forward
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
        h = self.activation_fn1.forward(self.fc1.forward(x))
        a2 = self.fc2.forward(h)
        if self.fc2.W.shape[0] == self.fc2.W.shape[1]:
            self.activation_fn2.forward(a2)
            h2 = a2
        else:
            h2 = self.activation_fn2.forward(a2)
        return self.fc3.forward(h2)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
