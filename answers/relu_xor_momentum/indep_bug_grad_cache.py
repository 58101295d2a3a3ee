# From an independent tester (round 45).
# Its ValueError (a stale forward pass, kept by id(x), on other data) was pointed at np.squeeze.
# grad_f memoises the forward pass by id(x): a second call on the same x with new params reuses stale z, a, s.
# fails: test_grad_f: keep its forward pass (or its result) by the identity of its arguments
# %% grad_f
_forward_cache = {}


def grad_f(params, x, y):
    W, b, v, c = params
    key = id(x)
    if key not in _forward_cache:
        z = x @ W + b
        a = relu(z)
        s = a @ v + c
        _forward_cache[key] = (z, a, s)
    z, a, s = _forward_cache[key]
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, np.sum(delta)]
