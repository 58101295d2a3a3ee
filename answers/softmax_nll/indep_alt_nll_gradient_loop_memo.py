# From an independent tester (round 90): nll_gradient as a loop over samples accumulating outer products, memoised on the values, shapes and dtypes of all three arguments (returns a copy).
# kind: alt
# %% nll_gradient
_nll_cache = {}

def _key(*arrays):
    return tuple((arr.shape, arr.dtype.str, arr.tobytes()) for arr in arrays)

def nll_gradient(x, a, y):
    x, a, y = np.asarray(x), np.asarray(a), np.asarray(y)
    key = _key(x, a, y)
    if key not in _nll_cache:
        m, N = x.shape
        n = a.shape[0]
        g = np.zeros((m, n))
        for t in range(N):
            g += np.outer(x[:, t], a[:, t] - y[:, t])
        _nll_cache[key] = g
    return _nll_cache[key].copy()
# %% after nll_gradient
g1 = nll_gradient(np.ones((2, 1)), np.array([[0.3], [0.7]]), np.array([[1], [0]]))
g1[0, 0] = 99.0   # must not poison the cache
print(nll_gradient(np.ones((2, 1)), np.array([[0.3], [0.7]]), np.array([[1], [0]])))
