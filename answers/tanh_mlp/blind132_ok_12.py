# Blind round 132 (written from the release notebook alone, without the tests): float32 activations with float64 everything else: tanh derivative 1 - y^2 computed in float32 then multiplied with float64 dy; linear via 2-D keepdims matmuls then ravel
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
        n = self.diff.size
        return np.full(self.diff.shape, 2.0 / n) * self.diff
# %% tanh
class Tanh:
    def forward(self, x):
        y32 = np.tanh(np.asarray(x, dtype=np.float64)).astype(np.float32)
        self.local32 = (np.float32(1) - y32 ** 2).astype(np.float32)
        return y32

    def backward(self, dy):
        return np.asarray(dy, dtype=np.float64) * self.local32
# %% linear_backward
def linear_backward(dy, x, W, b):
    dyc = np.asarray(dy, dtype=np.float64).reshape(-1, 1)   # (out, 1)
    xr = np.asarray(x, dtype=np.float64).reshape(1, -1)     # (1, in)
    dx = (dyc.T @ W).ravel()
    dW = dyc @ xr
    db = dyc.ravel()
    return dx, dW, db
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self.trace = [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]
        h = x
        for block in self.trace:
            h = block.forward(h)
        return h

    def backward(self, dy):
        g = dy
        for block in self.trace[::-1]:
            g = block.backward(g)
        return g
