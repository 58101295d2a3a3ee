# Correct: a correct cache (sigmoid values memoised by the exact bytes, shape and dtype of z), activation applied
# column by column (valid since it is element-wise), and update_layer with an extra keyword argument
# backward=None (defaults to dense_backward, called with the documented arguments).
# kind: alt
# %% sigmoid_backward
_sig_cache = {}


def _sig(z):
    z = np.asarray(z, dtype=float)
    key = (z.shape, z.tobytes())
    if key not in _sig_cache:
        _sig_cache[key] = 1.0 / (1.0 + np.exp(-z))
    return _sig_cache[key].copy()


def sigmoid_backward(da, z):
    s = _sig(z)
    return da * s * (1.0 - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    a = np.column_stack([activation(z[:, s]) for s in range(z.shape[1])])
    return z, a
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate, backward=None):
    if backward is None:
        backward = dense_backward
    dW, db = backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * np.reshape(db, np.shape(b))
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    dW, db = dense_backward(dz, a_prev)
    return dW, db
