# Blind round 130 (written from the release notebook alone, without the tests): Log-space sigmoid: sigma'(z) = exp(-logaddexp(0,-z) - logaddexp(0,z)); transpose-first matmul (a_prev.T @ W.T).T forward.
# kind: alt
# base: blank
# %% sigmoid_backward
def _log_sigmoid_prime(z):
    return -np.logaddexp(0.0, -z) - np.logaddexp(0.0, z)


def sigmoid_backward(da, z):
    return np.multiply(da, np.exp(_log_sigmoid_prime(z)))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    zT = a_prev.T @ W.T + b.T
    z = np.ascontiguousarray(zT.T)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    dW = (a_prev @ dz.T).T * (1.0 / B)
    db = np.add.reduce(dz, axis=1, keepdims=True) * (1.0 / B)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = np.subtract(W, np.multiply(learning_rate, dW))
    b_new = np.subtract(b, np.multiply(learning_rate, db))
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * np.exp(_log_sigmoid_prime(z))
    return dense_backward(dz, a_prev)
