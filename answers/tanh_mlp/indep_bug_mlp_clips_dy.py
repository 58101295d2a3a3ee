# From an independent tester (round 8): kept full marks: no hidden dy was larger than 5. Since round 42 test_full_backprop has an output gradient of 20, and it fails there too.
# "Gradient clipping for stability": MLP.backward clips dy to [-5, 5] first. Exact while |dy| <= 5, wrong for
# large output gradients (a regime bug).
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
        g = np.clip(dy, -5.0, 5.0)
        g = self.activation_fn2.backward(self.fc3.backward(g))
        g = self.activation_fn1.backward(self.fc2.backward(g))
        return self.fc1.backward(g)
