# From an independent tester (round 93): MLP.forward applies a tanh to the output when it has more than 5 units ("squash big outputs"): right for the visible 5-, 2- and 1-output nets, wrong for wider outputs.
# kind: bug
# fails: test_mlp_forward
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
        y = self.fc3.forward(h)
        if y.size > 5:
            y = np.tanh(y)
        return y

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))

