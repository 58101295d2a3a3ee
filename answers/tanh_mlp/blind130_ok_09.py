# Blind round 130 (written from the release notebook alone, without the tests): closure-based derivative stored in forward; sum-based dx; np.dot outer via atleast_2d; nested MLP
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
        return np.asarray(2 * self.diff, dtype=float) / len(self.diff)
# %% tanh
class Tanh:
    def forward(self, x):
        y = np.tanh(x)
        self._grad_fn = lambda g, y=y: g * (1 - y ** 2)
        return y

    def backward(self, dy):
        return self._grad_fn(dy) * 1.0
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.sum(W * np.reshape(dy, (-1, 1)), axis=0) * 1.0
    dW = np.dot(np.atleast_2d(dy).T, np.atleast_2d(x)) * 1.0
    db = np.ones_like(b, dtype=float) * dy
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
        return self.fc3.forward(self.activation_fn2.forward(self.fc2.forward(
            self.activation_fn1.forward(self.fc1.forward(x)))))

    def backward(self, dy):
        return self.fc1.backward(self.activation_fn1.backward(self.fc2.backward(
            self.activation_fn2.backward(self.fc3.backward(dy)))))
