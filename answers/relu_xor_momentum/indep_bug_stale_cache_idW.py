# From an independent tester (round 36). Which check catches it, and so the message, varies with the ids the kernel gives (see indep_bug_stale_cache).
# Forward-pass memo keyed on (id(W), id(b), id(v), x.shape): ported "cache per parameter object" habit.
# Wrong as soon as a freed parameter array's id is reused by a new one (Python reuses ids), or params are
# rebuilt: the forward of an earlier call is used. Also never invalidated.
# fails: test_grad_f
# %% grad_f
_MEMO = {}


def grad_f(params, x, y):
    W, b, v, c = params
    key = (id(W), id(b), id(v), x.shape)
    if key not in _MEMO:
        z = x @ W + b
        _MEMO[key] = (z, relu(z))
    z, a = _MEMO[key]
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]
