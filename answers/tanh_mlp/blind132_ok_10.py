# Blind round 132 (written from the release notebook alone, without the tests): float32 log1p/expm1 form: tanh(|x|) = -expm1(-2|x|) * exp(-log1p(exp(-2|x|))), sign by np.where; recursive helper for MLP wiring; dW by column@row matmul
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
        d32 = self.diff.astype(np.float32)
        return np.divide(np.add(d32, d32), d32.size, dtype=np.float32)
# %% tanh
class Tanh:
    def forward(self, x):
        a = np.abs(np.asarray(x, dtype=np.float32))
        # softplus(-2|x|) = log1p(exp(-2|x|)); tanh(|x|) = exp(-sp)*(1 - exp(-2|x|)) ... written stably:
        e = np.exp(-2 * a)                          # in (0, 1], float32
        sp = np.log1p(e)                            # log(1 + e)
        th = -np.expm1(-2 * a) * np.exp(-sp)        # (1 - e) / (1 + e)
        y = np.where(np.asarray(x) < 0, -th, th).astype(np.float32)
        self.y = y
        return y

    def backward(self, dy):
        one = np.float32(1.0)
        return (one - np.square(self.y)) * np.asarray(dy, dtype=np.float32)
# %% linear_backward
def linear_backward(dy, x, W, b):
    f32 = lambda a: np.asarray(a, dtype=np.float32)
    g, xi, Wm = f32(dy), f32(x), f32(W)
    dx = (Wm.T * g).sum(axis=1)
    dW = g[:, None] @ xi[None, :]
    db = g.copy()
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
        def run(blocks, v):
            return v if not blocks else run(blocks[1:], blocks[0].forward(v))
        return run([self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3], x)

    def backward(self, dy):
        def run(blocks, g):
            return g if not blocks else run(blocks[1:], blocks[0].backward(g))
        return run([self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1], dy)
