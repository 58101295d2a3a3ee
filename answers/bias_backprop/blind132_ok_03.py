# Blind round 132 (written from the release notebook alone, without the tests): mixed precision: float32 activations sigma(z)*sigma(-z), float64 gradient products; per-sample np.outer loops; copy then in-place update
# kind: alt
# base: blank
# %% sigmoid_backward
def _sig32(x):
    with np.errstate(over='ignore'):
        return np.float32(1) / (np.float32(1) + np.exp(-x))


def sigmoid_backward(da, z):
    z32 = z.astype(np.float32)
    # sigma'(z) = sigma(z) * (1 - sigma(z)) = sigma(z) * sigma(-z), activations in float32
    sp = _sig32(z32) * _sig32(-z32)
    return np.asarray(da, dtype=np.float64) * sp
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.dot(W, np.asarray(a_prev, dtype=float)) + np.reshape(b, (-1, 1))
    a = activation(z)
    return (z, a)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz = np.asarray(dz, dtype=np.float64)
    a_prev = np.asarray(a_prev, dtype=np.float64)
    n, B = dz.shape
    dW = np.zeros((n, a_prev.shape[0]))
    db = np.zeros((n, 1))
    for s in range(B):
        dW += np.outer(dz[:, s], a_prev[:, s])
        db[:, 0] += dz[:, s]
    dW /= B
    db /= B
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W_new = np.array(W, dtype=float, copy=True)
    b_new = np.array(b, dtype=float, copy=True)
    W_new -= learning_rate * dW
    b_new -= learning_rate * np.reshape(db, b_new.shape)
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    z32 = np.asarray(z).astype(np.float32)
    with np.errstate(over='ignore'):
        s_pos = 1.0 / (1.0 + np.exp(-z32))
        s_neg = 1.0 / (1.0 + np.exp(z32))
    dz = np.asarray(da, dtype=np.float64) * (s_pos * s_neg)
    return dense_backward(dz, a_prev)
