# Blind round 132 (written from the release notebook alone, without the tests): mixed precision: float32 tanh activation stored, derivative/products taken with float64 dy; einsum linear in float64
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
        return np.multiply(self.diff, 2.0 / len(self.diff), dtype=np.float64)
# %% tanh
class Tanh:
    def forward(self, x):
        self.t32 = np.tanh(np.asarray(x).astype(np.float32))
        return self.t32

    def backward(self, dy):
        dy64 = np.asarray(dy, dtype=np.float64)
        t = self.t32.astype(np.float64)
        return dy64 - dy64 * t * t
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy = np.asarray(dy, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    dx = np.einsum('oi,o->i', W, dy)
    dW = np.einsum('o,i->oi', dy, x)
    db = np.einsum('o->o', dy)
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
        return self.fc3.forward(self.activation_fn2.forward(
            self.fc2.forward(self.activation_fn1.forward(self.fc1.forward(x)))))

    def backward(self, dy):
        return self.fc1.backward(self.activation_fn1.backward(
            self.fc2.backward(self.activation_fn2.backward(self.fc3.backward(dy)))))
