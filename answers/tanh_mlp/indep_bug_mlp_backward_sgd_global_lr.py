# From an independent tester (round 74): MLP.backward also takes an SGD step in place (layer.W -= lr * grad_W) with the notebook global lr, so W and b change during backward.
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
        g = self.fc3.backward(dy)
        g = self.fc2.backward(self.activation_fn2.backward(g))
        dx = self.fc1.backward(self.activation_fn1.backward(g))
        for layer in (self.fc1, self.fc2, self.fc3):
            layer.W -= lr * layer.grad_W
            layer.b -= lr * layer.grad_b
        return dx
# %% after mlp
lr = 0.1
