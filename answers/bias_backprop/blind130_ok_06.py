# Blind round 130 (written from the release notebook alone, without the tests): Class-based layer object with closures; sigma'(z) = sigma(z)*sigma(-z); dW via tensordot, db via ones-row matmul.
# kind: alt
# base: blank
# %% sigmoid_backward
def _sig(z):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def sigmoid_backward(da, z):
    return da * _sig(z) * _sig(-z)
# %% dense_forward
class _Dense:
    def __init__(self, W, b):
        self.W, self.b = W, b

    def __call__(self, x, act):
        z = self.W.dot(x) + self.b
        return z, act(z)


def dense_forward(W, b, a_prev, activation):
    return _Dense(W, b)(a_prev, activation)
# %% dense_backward
def _batch_mean(fn):
    def wrapped(dz, a_prev):
        B = dz.shape[-1]
        return tuple(g / B for g in fn(dz, a_prev))
    return wrapped


@_batch_mean
def dense_backward(dz, a_prev):
    dW = np.tensordot(dz, a_prev, axes=([1], [1]))
    db = dz @ np.ones((dz.shape[1], 1))
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    step = lambda p, g: p + (-learning_rate) * g
    dW, db = dense_backward(dz, a_prev)
    return step(W, dW), step(b, np.reshape(db, b.shape))
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * _sig(z) * _sig(-z)
    return dense_backward(dz, a_prev)
