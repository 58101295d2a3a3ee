# From an independent tester (round 36).
# Ported "cache the forward pass" habit: grad_f memoises the forward pass keyed on (id(W), id(x), shape),
# so a later call with new arrays that happen to reuse a freed array's id (or the same x with new params
# built in place) gets the cached z, a, s of a previous call: the cache from the wrong call.
# Here keyed on id(x) only, so calling grad_f twice with the same x and different params is wrong. Either check may
# catch it: the one passing the same x twice, or (when the kernel gives a new x the id of a freed one) the check of later
# calls, or the replay of a call; each message names something kept between calls, in other words (CI runs failed on
# every single text tried), so only the failure is declared.
# fails: test_grad_f
# %% grad_f
_FWD = {}


def grad_f(params, x, y):
    W, b, v, c = params
    key = (id(x), x.shape)
    if key not in _FWD:
        z = x @ W + b
        a = relu(z)
        s = a @ v + c
        _FWD[key] = (z, a, s)
    z, a, s = _FWD[key]
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]
