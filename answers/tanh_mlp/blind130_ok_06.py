# Blind round 130 (written from the release notebook alone, without the tests): tanh as 2*sigmoid(2x)-1 with a stable sigmoid helper; tensordot/multiply.outer linear backward; getattr loop MLP
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
        return np.true_divide(2 * self.diff, self.diff.shape[0])
# %% tanh
def _stable_sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


class Tanh:
    def forward(self, x):
        s = _stable_sigmoid(2.0 * np.asarray(x, dtype=float))
        self.s = s
        return 2.0 * s - 1.0

    def backward(self, dy):
        # tanh'(x) = 4 s (1 - s) with s = sigmoid(2x)
        return dy * 4.0 * self.s * (1.0 - self.s)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.tensordot(dy, W, axes=(0, 0)).astype(float)
    dW = np.multiply.outer(dy, x).astype(float)
    db = np.array(dy, dtype=float)
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
        layers = ['fc1', 'activation_fn1', 'fc2', 'activation_fn2', 'fc3']
        for name in layers:
            x = getattr(self, name).forward(x)
        return x

    def backward(self, dy):
        layers = ['fc1', 'activation_fn1', 'fc2', 'activation_fn2', 'fc3']
        for name in layers[::-1]:
            dy = getattr(self, name).backward(dy)
        return dy
