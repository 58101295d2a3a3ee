# From an independent tester (round 101): MLP.backward rescales dy by 1/out_features when out_features > 5 (confuses it with the loss's mean): wrong gradients for wide outputs.
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
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        if dy.size > 5:
            dy = dy / dy.size
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
