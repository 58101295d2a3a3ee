# MLP.forward memoises: if called with an input equal to the previous one it returns the previous output
# without running the blocks. After the weights change (the tests set W and b, a training step updates
# them) forward returns a stale output, and the blocks still hold the old stored values. A test misses it
# if it never calls forward twice with the same x on the same network with different weights.
# Round 34: kept full marks (the weights changed only after a forward of another input); the check now runs the same x just before.
# fails: test_mlp_forward: once fc1's weights changed
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self._last_x = None
        self._last_y = None

    def forward(self, x):
        if self._last_x is not None and np.array_equal(x, self._last_x):
            return self._last_y
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        y = self.fc3.forward(h)
        self._last_x, self._last_y = np.copy(x), y
        return y

    def backward(self, dy):
        d = self.fc3.backward(dy)
        d = self.fc2.backward(self.activation_fn2.backward(d))
        return self.fc1.backward(self.activation_fn1.backward(d))
