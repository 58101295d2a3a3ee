# Blind round 132 (written from the release notebook alone, without the tests): float32 stable exp(-|x|) form: tanh(x) = sign(x)(1-e)/(1+e), e = exp(-2|x|); derivative 4e/(1+e)^2; dW by broadcasting
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
        return (self.diff.astype(np.float32) * 2) / np.float32(n)
# %% tanh
class Tanh:
    def forward(self, x):
        a = np.asarray(x, dtype=np.float32)
        e = np.exp(-2.0 * np.abs(a)).astype(np.float32)
        self.e = e
        return np.sign(a) * (1 - e) / (1 + e)

    def backward(self, dy):
        e = self.e
        deriv = 4 * e / np.square(1 + e)
        return np.asarray(dy, dtype=np.float32) * deriv
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy = np.asarray(dy, dtype=np.float32)
    x = np.asarray(x, dtype=np.float32)
    dx = (W.astype(np.float32) * dy[:, None]).sum(axis=0)
    dW = dy[:, None] * x[None, :]
    db = dy * np.float32(1)
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
        for blk in self._blocks():
            x = blk.forward(x)
        return x

    def backward(self, dy):
        for blk in reversed(self._blocks()):
            dy = blk.backward(dy)
        return dy
