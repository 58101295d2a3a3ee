# Blind round 130 (written from the release notebook alone, without the tests): np.tanh storing output, (1-y)*(1+y) derivative, np.outer dW, W.T @ dy
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
        return 2.0 * self.diff / self.diff.size
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * ((1.0 - self.y) * (1.0 + self.y))
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy = np.asarray(dy, dtype=float)
    dx = W.T @ dy
    dW = np.outer(dy, x).astype(float)
    db = dy.copy()
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
        h = self.fc1.forward(x)
        h = self.activation_fn1.forward(h)
        h = self.fc2.forward(h)
        h = self.activation_fn2.forward(h)
        return self.fc3.forward(h)

    def backward(self, dy):
        g = self.fc3.backward(dy)
        g = self.activation_fn2.backward(g)
        g = self.fc2.backward(g)
        g = self.activation_fn1.backward(g)
        return self.fc1.backward(g)
