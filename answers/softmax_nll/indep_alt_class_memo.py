# From an independent tester (round 97): A ReLUSoftmaxNet class with extra attributes and helpers; backward memoised on the values of ALL its arguments.
# kind: alt
# %% backward
class ReLUSoftmaxNet:
    """Holds its own copies of the parameters; counts calls."""
    calls = 0

    def __init__(self, W1, b1, W2, b2):
        self.W1 = np.array(W1, dtype=float); self.b1 = np.array(b1, dtype=float)
        self.W2 = np.array(W2, dtype=float); self.b2 = np.array(b2, dtype=float)
        self.cache = None

    def forward(self, x):
        ReLUSoftmaxNet.calls += 1
        z1 = self.W1.T @ x + self.b1
        a1 = np.maximum(z1, 0.0)
        z2 = self.W2.T @ a1 + self.b2
        a2 = softmax(z2)
        self.cache = (x, z1, a1, z2, a2)
        return a2

    def grads(self, x, y):
        self.forward(x)
        x, z1, a1, z2, a2 = self.cache
        dz2 = a2 - y
        dz1 = (self.W2 @ dz2) * (z1 > 0)
        return (x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True))


_backward_memo = {}


def _key(*arrays):
    return tuple((np.asarray(v).shape, np.asarray(v).dtype.str, np.asarray(v).tobytes()) for v in arrays)


def backward(x, y, W1, b1, W2, b2):
    k = _key(x, y, W1, b1, W2, b2)
    if k not in _backward_memo:
        net = ReLUSoftmaxNet(W1, b1, W2, b2)
        g = net.grads(np.array(x, dtype=float), np.array(y, dtype=float))
        _backward_memo[k] = g
    return tuple(np.copy(v) for v in _backward_memo[k])
