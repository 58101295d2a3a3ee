# Blind round 130 (written from the release notebook alone, without the tests): float32 throughout: inputs cast to float32, s*(1-s) in float32, float32 dW/db and update.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z32 = np.asarray(z, dtype=np.float32)
    with np.errstate(over="ignore"):
        s = np.float32(1) / (np.float32(1) + np.exp(-z32))
    return np.asarray(da, dtype=np.float32) * s * (np.float32(1) - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W.astype(np.float32) @ a_prev.astype(np.float32) + b.astype(np.float32)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    d = dz.astype(np.float32)
    x = a_prev.astype(np.float32)
    inv_B = np.float32(1.0 / d.shape[1])
    return (d @ x.T) * inv_B, d.sum(axis=1, keepdims=True) * inv_B
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    lr = np.float32(learning_rate)
    return W.astype(np.float32) - lr * dW, b.astype(np.float32) - lr * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
