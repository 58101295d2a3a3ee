# From an independent tester (round 42).
# MLP.backward clips every layer's grad_W and grad_b to [-5, 5] ("gradient clipping"): wrong wherever a gradient is larger.
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
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        dx = self.fc1.backward(self.activation_fn1.backward(d))
        for layer in (self.fc1, self.fc2, self.fc3):
            layer.grad_W = np.clip(layer.grad_W, -5, 5)
            layer.grad_b = np.clip(layer.grad_b, -5, 5)
        return dx
