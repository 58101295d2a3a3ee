# From an independent tester (round 36).
# CS231n "forward stores a cache, backward reads it" split across tasks: yhat stores z, a, s in a global
# _CACHE and grad_f calls yhat(x, params) then reads _CACHE. Works with the student's own yhat, but the
# notebook says test_grad_f gives grad_f the instructor's yhat, which sets no _CACHE: grad_f relies on a
# side effect of the student's own other function (against the stated rule), so test_grad_f should fail
# and its message should say why.
# fails: test_grad_f: or arrays an earlier call left behind
# %% yhat
_CACHE = {}


def yhat(X, params):
    W, b, v, c = params
    z = X @ W + b
    a = relu(z)
    s = a @ v + c
    _CACHE.update(z=z, a=a, s=s)
    return sigmoid(s)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    y_hat = yhat(x, params)
    z, a, s = _CACHE["z"], _CACHE["a"], _CACHE["s"]
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, float(delta.sum())]
