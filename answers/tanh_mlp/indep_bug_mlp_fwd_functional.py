# From an independent tester (round 44).
# Its message offered two causes (forward did not run a block, or backward gave it a bad gradient).
# Bug (MLP.forward): computes the right output with linear_forward/np.tanh directly, bypassing the blocks, so they keep no state for backward (backward is correct).
# fails: test_mlp_backward: it ran none of the blocks' forward
# fails: test_full_backprop: it ran none of the blocks' forward
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h1 = np.tanh(linear_forward(x, self.fc1.W, self.fc1.b))
        h2 = np.tanh(linear_forward(h1, self.fc2.W, self.fc2.b))
        return linear_forward(h2, self.fc3.W, self.fc3.b)

    def backward(self, dy):
        dx = self.fc3.backward(dy)
        dx = self.activation_fn2.backward(dx)
        dx = self.fc2.backward(dx)
        dx = self.activation_fn1.backward(dx)
        return self.fc1.backward(dx)
