# From a blind tester (round 128: the release notebook only, no tests read): own stable helper _sig defined in the first answer cell, np.matmul, db as dz @ ones/B
# kind: alt
# base: blank
# %% sigmoid_backward
def _sig(x):
    """Overflow-free logistic function (helper of my own)."""
    x = np.asarray(x, dtype=float)
    out = np.empty_like(x)
    pos = x >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-x[pos]))
    ex = np.exp(x[~pos])
    out[~pos] = ex / (1.0 + ex)
    return out


def sigmoid_backward(da, z):
    s = _sig(z)
    s_neg = _sig(-z)          # = 1 - s, without cancellation
    return da * s * s_neg
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.add(np.matmul(W, a_prev), b)
    a = activation(z)
    return (z, a)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    ones = np.ones((B, 1))
    dW = np.matmul(dz, np.transpose(a_prev)) / B
    db = np.matmul(dz, ones) / B
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return np.subtract(W, learning_rate * dW), np.subtract(b, learning_rate * db)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * _sig(z) * _sig(-z)
    B = dz.shape[1]
    return np.matmul(dz, a_prev.T) / B, np.matmul(dz, np.ones((B, 1))) / B
