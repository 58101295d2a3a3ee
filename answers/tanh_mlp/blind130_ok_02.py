# Blind round 130 (written from the release notebook alone, without the tests): stable exp-based tanh via expm1(-2|x|), its derivative 4e/(1+e)^2; einsum linear backward; list loop MLP
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
        n = np.size(self.diff)
        return np.multiply(self.diff, 2.0 / n)
# %% tanh
class Tanh:
    def forward(self, x):
        a = np.abs(np.asarray(x, dtype=float))
        e = np.exp(-2.0 * a)
        self._e = e
        return np.sign(x) * (-np.expm1(-2.0 * a)) / (1.0 + e)

    def backward(self, dy):
        e = self._e
        return dy * (4.0 * e / np.square(1.0 + e))
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.einsum("i,ij->j", dy, W) * 1.0
    dW = np.einsum("i,j->ij", dy, x) * 1.0
    db = np.einsum("i->i", dy) * 1.0
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
        out = x
        for block in self._blocks():
            out = block.forward(out)
        return out

    def backward(self, dy):
        grad = dy
        for block in reversed(self._blocks()):
            grad = block.backward(grad)
        return grad
