# From an independent tester (round 128): MLP.backward clips the hidden-layer gradients to [-1e4, 1e4] ("gradient clipping against explosions"): wrong for any output gradient large enough to push a hidden gradient beyond 1e4 (the backward pass is linear in dy).
# kind: bug
# fails: test_mlp_backward: activation_fn2.backward
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
        dh2 = np.clip(self.fc3.backward(dy), -1e4, 1e4)
        dh1 = np.clip(self.fc2.backward(self.activation_fn2.backward(dh2)), -1e4, 1e4)
        return self.fc1.backward(self.activation_fn1.backward(dh1))
