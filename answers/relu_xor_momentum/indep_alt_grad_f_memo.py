# From an independent tester (round 90): grad_f memoised on the bytes, shapes and dtypes of *all* arguments; returns fresh copies; loop over the 3 hidden units (not examples).
# kind: alt
# %% grad_f
_GRAD_CACHE = {}


def _key(*arrays):
    parts = []
    for a in arrays:
        a = np.ascontiguousarray(np.asarray(a, dtype=float))
        parts.append((a.shape, a.tobytes()))
    return tuple(parts)


def grad_f(params, x, y):
    W, b, v, c = params
    key = _key(W, b, v, c, x, y)
    if key not in _GRAD_CACHE:
        z = x @ W + b
        a = relu(z)
        s = a @ v + c
        y_hat = sigmoid(s)
        ds = loss_derivative(y, y_hat) * sigmoid_prime(s)
        dW = np.zeros(np.shape(W))
        db = np.zeros(np.shape(b))
        dv = np.zeros(np.shape(v))
        for j in range(np.shape(W)[1]):          # hidden units, not examples
            dzj = ds[:, 0] * v[j, 0] * relu_prime(z[:, j])
            dW[:, j] = x.T @ dzj
            db[0, j] = dzj.sum()
            dv[j, 0] = ds[:, 0] @ a[:, j]
        dc = float(ds.sum())
        _GRAD_CACHE[key] = (dW, db, dv, dc)
    dW, db, dv, dc = _GRAD_CACHE[key]
    return [dW.copy(), db.copy(), dv.copy(), dc]
