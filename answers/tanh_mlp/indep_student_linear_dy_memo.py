# From an independent tester (round 37).
# Whole student: correct caches in MSE, Tanh, MLP; linear_backward memoises on the values of dy ONLY,
# so a call with the same dy but new x/W returns stale dx and dW (db is right).
# kind: other
# base: blank
# fails: test_linear_dx
# fails: test_linear_dW
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        self._g = None
        return c

    def backward(self):
        assert hasattr(self, "diff"), "Need to call forward() first"
        if getattr(self, "_g", None) is None:
            self._g = 2.0 * self.diff / self.diff.size
        return self._g
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        self._d = None
        return self.y

    def backward(self, dy):
        if getattr(self, "_d", None) is None:
            self._d = 1.0 - self.y ** 2
        return dy * self._d
# %% linear_backward
def linear_backward(dy, x, W, b, _memo={}):
    key = (dy.shape, dy.tobytes())
    if key not in _memo:
        _memo[key] = (W.T @ dy, np.outer(dy, x))
    dx, dW = _memo[key]
    return dx.copy(), dW.copy(), dy.copy()
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self._out = None
        h = self.activation_fn1.forward(self.fc1.forward(x))
        h = self.activation_fn2.forward(self.fc2.forward(h))
        self._out = self.fc3.forward(h)
        return self._out

    def backward(self, dy):
        d = dy
        for blk in (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1):
            d = blk.backward(d)
        return d
