# From a blind tester (round 128: the release notebook only, no tests read): loops: per-sample np.outer accumulation for dW/db, per-column forward, piecewise-stable sigmoid via np.where
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    ez = np.exp(-np.abs(z))
    s = np.where(z >= 0, 1.0 / (1.0 + ez), ez / (1.0 + ez))   # stable sigma(z)
    one_minus_s = np.where(z >= 0, ez / (1.0 + ez), 1.0 / (1.0 + ez))  # stable sigma(-z)
    return da * s * one_minus_s
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    n_out, batch = W.shape[0], a_prev.shape[1]
    z = np.zeros((n_out, batch))
    for s in range(batch):
        z[:, s] = W @ a_prev[:, s] + b[:, 0]
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    n_out, batch = dz.shape
    dW = np.zeros((n_out, a_prev.shape[0]))
    db = np.zeros((n_out, 1))
    for s in range(batch):
        delta = dz[:, s]
        dW += np.outer(delta, a_prev[:, s])
        db[:, 0] += delta
    return dW / batch, db / batch
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = np.array(W, dtype=float) - learning_rate * dW
    b_new = np.array(b, dtype=float) - learning_rate * db
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    dW, db = dense_backward(dz, a_prev)
    return dW, db
