# From an independent tester (round 106): grad_f with every formula written inline (np.maximum, the sigmoid, the simplified error), no helper calls; yhat with sum over v.T.
# kind: alt
# score: full
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    a = relu(np.dot(X, W) + b)
    return sigmoid(np.sum(a * v.T, axis=1, keepdims=True) + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    x = np.array(x, dtype=float, copy=True)
    y = np.array(y, dtype=float, copy=True)
    z = x @ W + b
    a = np.maximum(z, 0.0)
    s = a @ v + c
    p = 1.0 / (1.0 + np.exp(-s))
    ds = p - y
    dz = ds @ v.T * (z > 0)
    return (x.T @ dz, dz.sum(0, keepdims=True), a.T @ ds, float(ds.sum()))
