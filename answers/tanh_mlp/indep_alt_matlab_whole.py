# From an independent tester (round 84): MATLAB habits across the whole notebook: np.asmatrix column vectors, np.multiply for .*, '*' as matrix product, .A1/.A on return, 1-based loop counters in MLP.
# kind: alt
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        d = np.asmatrix(self.diff, dtype=float).T      # column vector, like diff(:)
        n = d.shape[0]                                  # numel
        dy = np.multiply(2.0 / n, d)                    # 2/n .* d
        return dy.A1
# %% tanh
class Tanh:
    def forward(self, x):
        X = np.asmatrix(x, dtype=float).T               # x(:)
        self.Y = np.tanh(X)
        return self.Y.A1

    def backward(self, dy):
        dY = np.asmatrix(dy, dtype=float).T
        dX = np.multiply(dY, 1 - np.multiply(self.Y, self.Y))   # dy .* (1 - y.^2)
        return dX.A1
# %% linear_backward
def linear_backward(dy, x, W, b):
    dY = np.asmatrix(dy, dtype=float).T     # (out, 1)
    X = np.asmatrix(x, dtype=float).T       # (in, 1)
    Wm = np.asmatrix(W, dtype=float)
    dX = Wm.T * dY                          # W' * dy
    dW = dY * X.T                           # dy * x'
    db = dY
    return dX.A1, dW.A, db.A1
# %% mlp
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _block(self, k):
        # 1-based, like a MATLAB cell array
        names = {1: 'fc1', 2: 'activation_fn1', 3: 'fc2', 4: 'activation_fn2', 5: 'fc3'}
        return getattr(self, names[k])

    def forward(self, x):
        h = x
        for k in range(1, 6):
            h = self._block(k).forward(h)
        return h

    def backward(self, dy):
        g = dy
        for k in range(5, 0, -1):
            g = self._block(k).backward(g)
        return g
