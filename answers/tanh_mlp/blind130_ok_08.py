# Blind round 130 (written from the release notebook alone, without the tests): tanh stores both x and y, recomputes derivative from x; broadcasting dW; dy @ W; loop MLP
# kind: alt
# base: blank
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        g = np.empty(self.diff.shape, dtype=float)
        g[...] = self.diff
        g *= 2.0 / g.size  # in place on a fresh copy only
        return g
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.copy(x)
        self.y = np.tanh(self.x)
        return self.y

    def backward(self, dy):
        dx = np.array(dy, dtype=float)  # fresh array
        dx *= 1.0 - np.tanh(self.x) ** 2
        return dx
# %% linear_backward
def linear_backward(dy, x, W, b):
    dyf = np.array(dy, dtype=float, copy=True)
    dx = dyf @ W
    dW = dyf[:, np.newaxis] * x
    db = dyf
    return dx, dW, db
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _blocks(self):
        return [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        out = x
        for block in self._blocks():
            out = block.forward(out)
        return out

    def backward(self, dy):
        grad = dy
        for block in reversed(self._blocks()):
            grad = block.backward(grad)
        return grad
