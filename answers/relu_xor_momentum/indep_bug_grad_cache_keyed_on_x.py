# From an independent tester (round 99): grad_f memoised on the bytes of x only (not params, not y): a second call with the same x but new parameters returns the stale gradient.
# kind: bug
# fails: test_grad_f
# %% grad_f
_grad_cache = {}


def grad_f(params, x, y):
    key = np.asarray(x).tobytes()
    if key in _grad_cache:
        return [np.copy(g) if np.ndim(g) else g for g in _grad_cache[key]]
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    ds = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (ds @ v.T) * relu_prime(z)
    g = [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ ds, float(np.sum(ds))]
    _grad_cache[key] = g
    return [np.copy(t) if np.ndim(t) else t for t in g]
