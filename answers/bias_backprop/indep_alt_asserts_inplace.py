# From an independent tester (round 106): Shape assertions and input validation, copies of the inputs, then in-place updates on the copies only.
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    da, z = np.array(da, dtype=float), np.array(z, dtype=float)
    assert da.shape == z.shape, "da and z must have the same shape"
    assert np.all(np.isfinite(da))
    np.abs(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)          # z now holds e = exp(-|z|)
    da *= z
    da /= (1.0 + z) ** 2
    return da
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    W, b, a_prev = np.asarray(W), np.asarray(b), np.asarray(a_prev)
    assert W.ndim == 2 and a_prev.ndim == 2 and W.shape[1] == a_prev.shape[0]
    assert b.shape == (W.shape[0], 1), "b must be a column"
    z = W @ a_prev
    z += b
    return z, activation(z.copy())
# %% dense_backward
def dense_backward(dz, a_prev):
    assert dz.ndim == 2 and a_prev.ndim == 2 and dz.shape[1] == a_prev.shape[1]
    B = dz.shape[1]
    dW = dz @ a_prev.T
    dW /= B
    db = dz.sum(axis=1, keepdims=True)
    db /= B
    assert db.shape == (dz.shape[0], 1)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    assert learning_rate >= 0
    dW, db = dense_backward(dz, a_prev)
    W_new, b_new = W.astype(float, copy=True), b.astype(float, copy=True)
    W_new -= learning_rate * dW
    b_new -= learning_rate * np.reshape(db, b.shape)
    assert W_new.shape == W.shape and b_new.shape == b.shape
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    dz = np.array(dz, dtype=float)
    return dense_backward(dz, a_prev)
