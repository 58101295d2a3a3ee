# Blind round 130 (written from the release notebook alone, without the tests): derivative as sech^2 = 1/cosh^2 (inf-safe under errstate); reshape/matmul linear backward; named intermediates
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
        return (self.diff + self.diff) / float(self.diff.size)
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x * 1.0)

    def backward(self, dy):
        with np.errstate(over='ignore'):
            c = np.cosh(np.asarray(self.x, dtype=float))
            sech2 = 1.0 / (c * c)
        return dy * sech2
# %% linear_backward
def linear_backward(dy, x, W, b):
    col = np.reshape(dy, (-1, 1)).astype(float)
    row = np.reshape(x, (1, -1)).astype(float)
    dW = np.matmul(col, row)
    dx = np.matmul(col.T, W).ravel()
    db = col.ravel()
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
        a1 = self.fc1.forward(x)
        z1 = self.activation_fn1.forward(a1)
        a2 = self.fc2.forward(z1)
        z2 = self.activation_fn2.forward(a2)
        y = self.fc3.forward(z2)
        return y

    def backward(self, dy):
        dz2 = self.fc3.backward(dy)
        da2 = self.activation_fn2.backward(dz2)
        dz1 = self.fc2.backward(da2)
        da1 = self.activation_fn1.backward(dz1)
        dx = self.fc1.backward(da1)
        return dx
