# Blind round 130 (written from the release notebook alone, without the tests): float32 throughout (allowed by the notebook); local derivative cached in forward; reduce-based MLP
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
        d = self.diff.astype(np.float32)
        return (np.float32(2) / np.float32(d.size)) * d
# %% tanh
class Tanh:
    def forward(self, x):
        y = np.tanh(np.asarray(x, dtype=np.float32))
        self.local = np.float32(1) - y * y
        return y

    def backward(self, dy):
        return np.asarray(dy, dtype=np.float32) * self.local
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy32 = np.asarray(dy, dtype=np.float32)
    x32 = np.asarray(x, dtype=np.float32)
    dx = dy32 @ W.astype(np.float32)
    dW = dy32[:, None] * x32[None, :]
    db = dy32.copy()
    return dx, dW, db
# %% mlp
import functools

class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        order = (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3)
        return functools.reduce(lambda a, blk: blk.forward(a), order, x)

    def backward(self, dy):
        order = (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1)
        return functools.reduce(lambda g, blk: blk.backward(g), order, dy)
