# Blind round 133 (written from the release notebook alone, without the tests): numerically careful derivative sech^2(x) = exp(2 log2 - 2 logaddexp(x, -x)); np.tanh forward; keepdims-free reshape products
# kind: alt
# base: blank
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        """Mean squared error c = mean((y - target)**2)."""
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        diff = np.asarray(self.diff, dtype=float)
        return diff * (2.0 / diff.size)
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float, copy=True)
        return np.tanh(self.x)

    def backward(self, dy):
        x = self.x
        log_cosh = np.logaddexp(x, -x) - np.log(2.0)
        sech2 = np.exp(-2.0 * log_cosh)
        return np.asarray(dy) * sech2
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy_col = np.reshape(dy, (-1, 1)).astype(float)
    x_row = np.reshape(x, (1, -1))
    dW = dy_col @ x_row
    dx = (dy_col.T @ W).reshape(-1)
    db = dy_col.reshape(-1)
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
        self.h1 = self.activation_fn1.forward(self.fc1.forward(x))
        self.h2 = self.activation_fn2.forward(self.fc2.forward(self.h1))
        self.out = self.fc3.forward(self.h2)
        return self.out

    def backward(self, dy):
        d_h2 = self.fc3.backward(dy)
        d_h1 = self.fc2.backward(self.activation_fn2.backward(d_h2))
        return self.fc1.backward(self.activation_fn1.backward(d_h1))
