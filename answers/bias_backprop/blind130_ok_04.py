# Blind round 130 (written from the release notebook alone, without the tests): Loops: per-sample np.outer accumulation for dW and per-sample sums for db; sigmoid split with np.where under errstate.
# kind: alt
# base: blank
# %% sigmoid_backward
def _stable_sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def sigmoid_backward(da, z):
    s = _stable_sigmoid(z)
    s_minus = _stable_sigmoid(-z)
    return da * (s * s_minus)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    N, B = W.shape[0], a_prev.shape[1]
    z = np.zeros((N, B))
    for s in range(B):
        z[:, s] = W @ a_prev[:, s] + b[:, 0]
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = np.zeros((N, a_prev.shape[0]))
    db = np.zeros((N, 1))
    for s in range(B):
        dW += np.outer(dz[:, s], a_prev[:, s])
        db[:, 0] += dz[:, s]
    return dW / B, db / B
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = W.copy()
    b_new = b.copy()
    W_new -= learning_rate * dW
    b_new -= learning_rate * db
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
