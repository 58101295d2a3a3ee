# From an independent tester (round 90): backward memoised on the values/shapes/dtypes of all six arguments (returns copies), dW2 through nll_gradient(a1, a2, y), relu' via np.heaviside(z1, 0).
# kind: alt
# %% backward
_bw_cache = {}

def backward(x, y, W1, b1, W2, b2):
    args = [np.asarray(v) for v in (x, y, W1, b1, W2, b2)]
    key = tuple((v.shape, v.dtype.str, v.tobytes()) for v in args)
    if key not in _bw_cache:
        z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
        dz2 = a2 - y
        dW2 = nll_gradient(a1, a2, y)
        db2 = np.sum(dz2, axis=1, keepdims=True)
        dz1 = (W2 @ dz2) * np.heaviside(z1, 0.0)
        dW1 = x @ dz1.T
        db1 = dz1.sum(axis=1).reshape(-1, 1)
        _bw_cache[key] = (dW1, db1, dW2, db2)
    return tuple(g.copy() for g in _bw_cache[key])
