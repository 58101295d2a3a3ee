# Blind round 130 (written from the release notebook alone, without the tests): tanh via clipped expm1 formula (exact in float64 beyond |x|=30); W.T.dot; kron dW
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
        scale = 2.0 / n
        return scale * self.diff
# %% tanh
class Tanh:
    def forward(self, x):
        z = np.clip(np.asarray(x, dtype=float), -30.0, 30.0)  # tanh(30) == 1.0 in float64
        em = np.expm1(2.0 * z)
        self.out = em / (em + 2.0)
        return self.out

    def backward(self, dy):
        return dy * (1.0 - np.square(self.out))
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T.dot(dy) * 1.0
    dW = np.kron(np.reshape(dy, (-1, 1)), np.reshape(x, (1, -1))) * 1.0
    db = dy + 0.0
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
