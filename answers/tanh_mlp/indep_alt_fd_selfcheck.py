# From an independent tester (round 68): derived gradients, each checked against a finite difference inside an assert; the unit-step difference in
# MSELoss.backward was flagged as an estimate although only an assert read it (now it is not).
# kind: alt
# Derived gradients, each verified against a small finite-difference estimate in an assert (returns the derived value).
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        g = 2 * self.diff / self.diff.size
        d = self.diff.astype(float)
        f = lambda v: np.sum(v ** 2) / v.size
        e = np.zeros_like(d); e[0] = 1e-5
        fd = (f(d + e) - f(d - e)) / 2e-5
        assert abs(fd - g[0]) <= 1e-5 * (1 + abs(g[0])), "self-check failed for dMSE"
        return g

# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        dx = dy * (1 - np.tanh(self.x) ** 2)
        x0 = float(self.x[0])
        if abs(x0) < 5:
            fd = (np.tanh(x0 + 1e-6) - np.tanh(x0 - 1e-6)) / 2e-6
            assert abs(fd - (1 - np.tanh(x0) ** 2)) < 1e-6, "self-check failed for tanh'"
        return dx

# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T.dot(dy)
    dW = np.outer(dy, x)
    db = dy
    # self-check: directional derivative of <dy, W x + b> along a fixed direction in W
    V = np.ones(W.shape)
    h = 1e-6
    fd = (np.dot(dy, linear_forward(x, W + h * V, b)) - np.dot(dy, linear_forward(x, W - h * V, b))) / (2 * h)
    assert abs(fd - np.sum(dW * V)) <= 1e-4 * (1 + abs(fd)), "self-check failed for dW"
    return dx, dW, db
