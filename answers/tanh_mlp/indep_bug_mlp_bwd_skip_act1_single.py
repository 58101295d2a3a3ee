# From an independent tester (round 99): MLP.backward skips activation_fn1's backward when the first hidden layer has fewer than 3 units (a "shortcut" keyed on the size).
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
        x = self.fc1.forward(x)
        x = self.activation_fn1.forward(x)
        x = self.fc2.forward(x)
        x = self.activation_fn2.forward(x)
        return self.fc3.forward(x)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.activation_fn2.backward(d)
        d = self.fc2.backward(d)
        if self.fc1.W.shape[0] >= 3:
            d = self.activation_fn1.backward(d)
        return self.fc1.backward(d)
