# Blind round 132 (written from the release notebook alone, without the tests): float32 via the cosh form sigma'(z) = 0.25 / cosh(z/2)^2, cast back to float64; forward via transposes; backward via batch means of a 3-D product
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    h = np.asarray(z, dtype=np.float32) * np.float32(0.5)
    with np.errstate(over='ignore'):
        c = np.cosh(h)
        sp = np.float32(0.25) / (c * c)
    return (np.asarray(da, dtype=np.float64) * sp.astype(np.float64))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    A = np.asarray(a_prev, dtype=np.float64)
    z = (A.T @ np.asarray(W).T).T + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    A = np.asarray(a_prev, dtype=np.float64)
    dW = (dz[:, None, :] * A[None, :, :]).mean(axis=2)
    db = np.mean(dz, axis=1, keepdims=True).astype(np.float64)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    step = float(learning_rate)
    return W - step * dW, b - step * db.reshape(b.shape)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
