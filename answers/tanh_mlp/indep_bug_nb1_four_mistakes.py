# From an independent tester (round 82): MSE.backward misses the factor 2; Tanh.backward uses 1 - x^2 (not 1 - tanh^2); linear_backward dW transposed (outer(x, dy)); MLP.backward skips activation_fn2.
# kind: bug
# fails: test_mse_loss
# fails: test_tanh_backward
# fails: test_linear_dW
# fails: test_mlp_backward
# fails: test_full_backprop
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        # d/dy mean((y-t)^2)
        return self.diff / self.diff.size
# %% after mse_loss
# my check of the loss gradient
try:
    _l = MSELoss(); _l.forward(np.array([1.0, 2.0, 3.0]), np.array([0, 1, 1]))
    print("dMSE:", _l.backward())
except Exception as e:
    print("failed:", repr(e))
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):
        # tanh'(x) = 1 - tanh^2 ... I wrote 1 - x^2
        return dy * (1.0 - self.x ** 2)
# %% after tanh
# experiment: tanh derivative vs numerical
try:
    _t = Tanh(); _z = np.linspace(-2, 2, 5)
    _t.forward(_z)
    print(_t.backward(np.ones(5)), np.diag(numerical_gradient(np.tanh, _z)))
except Exception as e:
    print("failed:", repr(e))
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(x, dy)   # slip: transposed
    db = dy
    return dx, dW, db
# %% after linear_backward
# experiment: shapes
try:
    _o = linear_backward(np.ones(2), np.arange(3.0), np.ones((2, 3)), np.zeros(2))
    print([np.shape(a) for a in _o])
except Exception as e:
    print("failed:", repr(e))
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        h = x
        for block in (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3):
            h = block.forward(h)
        return h

    def backward(self, dy):
        g = self.fc3.backward(dy)
        g = self.fc2.backward(g)      # forgot activation_fn2
        g = self.activation_fn1.backward(g)
        return self.fc1.backward(g)
# %% after mlp
# experiment: a tiny net
np.random.seed(0)
_net = MLP(2, 3, 4, 1)
try:
    print(_net.forward(np.array([0.5, -1.0])))
except Exception as e:
    print("forward failed:", e)
