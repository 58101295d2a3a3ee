# Blind round 133 (written from the release notebook alone, without the tests): sigma'(z) = 1 / (2 + 2 cosh z) (cosh overflow -> 0, silenced), dW as (a_prev @ dz.T).T, db by reshape not keepdims
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    with np.errstate(over="ignore"):
        slope = 0.5 / (1.0 + np.cosh(np.asarray(z, dtype=float)))
    return da * slope
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    Wa = (np.asarray(a_prev, dtype=float).T @ np.asarray(W, dtype=float).T).T
    z = Wa + np.reshape(b, (-1, 1))
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz = np.asarray(dz, dtype=float)
    a_prev = np.asarray(a_prev, dtype=float)
    N, B = dz.shape
    dW = (a_prev @ dz.T).T * (1.0 / B)
    db = np.reshape(dz.sum(axis=1) * (1.0 / B), (N, 1))
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W + (-learning_rate) * dW, b + (-learning_rate) * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(np.asarray(da, dtype=float), z)
    return tuple(dense_backward(dz, a_prev))
