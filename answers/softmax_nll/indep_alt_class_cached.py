# From an independent tester (round 95): backward through a small class with extra attributes and helper methods and a memo keyed on the bytes, shapes and dtypes of ALL arguments (returns copies).
# kind: alt
# %% backward
class _Backprop:
    def __init__(self):
        self.cache = {}
        self.calls = 0
        self.name = "relu-softmax"
    @staticmethod
    def key(*arrays):
        return tuple((np.asarray(v).shape, str(np.asarray(v).dtype), np.asarray(v).tobytes()) for v in arrays)
    @staticmethod
    def linear_back(a_in, dz, W):
        return a_in @ dz.T, dz.sum(axis=1, keepdims=True), W @ dz
    def grads(self, x, y, W1, b1, W2, b2):
        self.calls += 1
        k = self.key(x, y, W1, b1, W2, b2)
        if k not in self.cache:
            z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
            dW2, db2, da1 = self.linear_back(a1, a2 - y, W2)
            dW1, db1, _ = self.linear_back(x, da1 * (z1 > 0), W1)
            self.cache[k] = (dW1, db1, dW2, db2)
        return tuple(g.copy() for g in self.cache[k])

_BP = _Backprop()

def backward(x, y, W1, b1, W2, b2):
    return _BP.grads(x, y, W1, b1, W2, b2)
# %% nll_gradient
_NLL_CACHE = {}
def nll_gradient(x, a, y):
    x = np.asarray(x); a = np.asarray(a); y = np.asarray(y)
    key = tuple((v.shape, str(v.dtype), v.tobytes()) for v in (x, a, y))
    if key not in _NLL_CACHE:
        _NLL_CACHE[key] = x @ (a - y).T
    return _NLL_CACHE[key].copy()
