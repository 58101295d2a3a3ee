# From an independent tester: MLP.backward casts dy to float32; the float64 weights make float64 gradients
# with float32 rounding, which used to be called "estimated numerically".
# All arithmetic in float32 (the notebook says float32 is accepted with a float32 tolerance).
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = self.diff.astype(np.float32)
        return np.float32(2.0) / np.float32(d.size) * d
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(np.asarray(x, dtype=np.float32))
        return self.y

    def backward(self, dy):
        dy32 = np.asarray(dy, dtype=np.float32)
        return dy32 * (np.float32(1.0) - self.y * self.y)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy32 = np.asarray(dy, dtype=np.float32)
    x32 = np.asarray(x, dtype=np.float32)
    W32 = np.asarray(W, dtype=np.float32)
    dx = W32.T @ dy32
    dW = np.outer(dy32, x32)
    db = dy32.copy()
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
        x = np.asarray(x, dtype=np.float32)
        h1 = self.activation_fn1.forward(self.fc1.forward(x))
        h2 = self.activation_fn2.forward(self.fc2.forward(h1))
        return self.fc3.forward(h2).astype(np.float32)

    def backward(self, dy):
        g = self.fc3.backward(np.asarray(dy, dtype=np.float32))
        g = self.activation_fn2.backward(g)
        g = self.fc2.backward(g)
        g = self.activation_fn1.backward(g)
        return self.fc1.backward(g).astype(np.float32)
