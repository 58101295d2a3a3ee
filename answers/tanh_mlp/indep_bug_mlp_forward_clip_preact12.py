# Session 53 (a variant of round 128's clips): MLP.forward clips each pre-activation to [-12, 12] "so that tanh cannot overflow": the saturated hidden units are off by up to 7.5e-11, and the backward pass uses tanh'(12) there.
# At the saturated-network check's old tolerance (1e-9 of the output) this kept test_mlp_forward's point; now 1e-12. A clip beyond about 13 is float64 rounding (1 - tanh(14) = 1.4e-12).
# kind: bug
# fails: test_mlp_forward: pre-activations clipped
# fails: test_mlp_backward: Gradient check failed for MLP(
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = self.activation_fn1.forward(np.clip(self.fc1.forward(x), -12.0, 12.0))
        h2 = self.activation_fn2.forward(np.clip(self.fc2.forward(h1), -12.0, 12.0))
        return self.fc3.forward(h2)

    def backward(self, dy):
        dh2 = self.fc3.backward(dy)
        dh1 = self.fc2.backward(self.activation_fn2.backward(dh2))
        return self.fc1.backward(self.activation_fn1.backward(dh1))
