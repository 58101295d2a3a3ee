# Bug: grad_f caches the ReLU mask relu_prime(z) in a module-level dict keyed on x.shape ("the mask only
# depends on the batch"), so it is computed at the first call's parameters and data and reused for every later
# batch of the same shape (e.g. every step of the training on xs): a stale ReLU mask, state kept between calls.
# fails: test_grad_f: does it keep something from one call to the next
# %% grad_f
_mask = {}


def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    if x.shape not in _mask:
        _mask[x.shape] = relu_prime(z)
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    ds = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dz = (ds @ v.T) * _mask[x.shape]
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ ds, float(np.sum(ds))]
