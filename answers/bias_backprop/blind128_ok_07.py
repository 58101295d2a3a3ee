# From a blind tester (round 128: the release notebook only, no tests read): float-careful: casts to float, softplus/logaddexp form of sigma', tensordot for dW, keepdims mean
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    # log sigma'(z) = -softplus(-z) - softplus(z)
    log_ds = -(np.logaddexp(0.0, z) + np.logaddexp(0.0, -z))
    return da * np.exp(log_ds)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    a_prev = np.asarray(a_prev, dtype=float)
    z = np.tensordot(W, a_prev, axes=(1, 0)) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz = np.asarray(dz, dtype=float)
    a_prev = np.asarray(a_prev, dtype=float)
    dW = np.tensordot(dz, a_prev, axes=(1, 1)) / dz.shape[1]
    db = np.mean(dz, axis=1, keepdims=True)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = float(learning_rate)
    dW, db = dense_backward(dz, a_prev)
    W_new = W + (-lr) * dW
    b_new = b + (-lr) * db
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
