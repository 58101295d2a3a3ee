# From an independent tester (round 128): MLP.forward clips each pre-activation to [-6, 6] "so that tanh cannot overflow" before the Tanh blocks: the hidden activations are off by up to 1.2e-5 wherever a unit saturates, and the backward pass then uses tanh'(6) there.
# test_full_backprop runs MLP.forward too: it loses its points only when a drawn network has a pre-activation beyond 6.
# kind: bug
# fails: test_mlp_forward: forward(x)
# fails: test_mlp_backward: MLP(
# may fail: test_full_backprop: MLP(
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = self.activation_fn1.forward(np.clip(self.fc1.forward(x), -6.0, 6.0))
        h2 = self.activation_fn2.forward(np.clip(self.fc2.forward(h1), -6.0, 6.0))
        return self.fc3.forward(h2)

    def backward(self, dy):
        dh2 = self.fc3.backward(dy)
        dh1 = self.fc2.backward(self.activation_fn2.backward(dh2))
        return self.fc1.backward(self.activation_fn1.backward(dh1))
