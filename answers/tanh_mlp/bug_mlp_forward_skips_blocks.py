# MLP.forward computes the hidden layers with np.tanh itself instead of the Tanh blocks: its output is
# right, but the Tanh blocks never see a forward pass, so backward has nothing to work with. The forward
# test passes; the backward tests fail and ask whether forward runs every block.
# fails: test_mlp_backward: did not run activation_fn2.forward
# fails: test_full_backprop: did not run activation_fn2.forward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = np.tanh(self.fc1.forward(x))
        h = np.tanh(self.fc2.forward(h))
        return self.fc3.forward(h)

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
