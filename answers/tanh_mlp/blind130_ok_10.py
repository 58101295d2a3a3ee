# Blind round 130 (written from the release notebook alone, without the tests): helper functions _tanh/_dtanh, mask-free stable exp tanh via np.where; matmul orders; explicit names
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
        factor = 2.0 / np.prod(self.diff.shape)
        return factor * self.diff
# %% tanh
def _tanh(x):
    x = np.asarray(x, dtype=float)
    e = np.exp(-2.0 * np.abs(x))          # in (0, 1], never overflows
    t = -np.expm1(-2.0 * np.abs(x)) / (1.0 + e)
    return np.where(x < 0, -t, t)


def _dtanh_from_y(y):
    return 1.0 - y * y


class Tanh:
    def forward(self, x):
        self.y = _tanh(x)
        return self.y

    def backward(self, dy):
        return _dtanh_from_y(self.y) * dy
# %% linear_backward
def linear_backward(dy, x, W, b):
    dyf = dy.astype(float)
    dx = (W.T @ dyf.reshape(-1, 1)).reshape(-1)
    dW = dyf.reshape(-1, 1) @ x.astype(float).reshape(1, -1)
    db = np.array(dyf)
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
