# From an independent tester (round 44).
# A dx clipped to [-5, 5] kept the points in about one run in four (|dy| of 10 to 50 gave a dx of a few units).
# Bug (MLP.backward): "gradient clipping" of the returned dx to [-5, 5], so large input gradients are wrong.
# fails: test_mlp_backward: it is capped
# fails: test_full_backprop: it is capped
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        y = self.fc1.forward(x)
        y = self.activation_fn1.forward(y)
        y = self.fc2.forward(y)
        y = self.activation_fn2.forward(y)
        return self.fc3.forward(y)

    def backward(self, dy):
        dx = self.fc3.backward(dy)
        dx = self.activation_fn2.backward(dx)
        dx = self.fc2.backward(dx)
        dx = self.activation_fn1.backward(dx)
        dx = self.fc1.backward(dx)
        return np.clip(dx, -5, 5)
