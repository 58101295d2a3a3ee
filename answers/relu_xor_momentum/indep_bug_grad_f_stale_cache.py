# From an independent tester (round 74): grad_f memoises on id(x), id(y) only ("the data never changes"), so a second call with the same x, y but other params returns the stale gradient.
# kind: bug
# fails: test_grad_f
# %% grad_f
_cache = {}


def grad_f(params, x, y):
    key = (id(x), id(y))
    if key in _cache:
        return _cache[key]
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    d_s = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dv = a.T @ d_s
    dc = float(np.sum(d_s))
    d_z = (d_s @ v.T) * relu_prime(z)
    dW = x.T @ d_z
    db = np.sum(d_z, axis=0, keepdims=True)
    _cache[key] = [dW, db, dv, dc]
    return _cache[key]
