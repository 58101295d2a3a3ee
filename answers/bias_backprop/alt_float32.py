# Correct, computed in float32 throughout (results of dtype float32): accepted by the course's float policy.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z32 = np.asarray(z, dtype=np.float32)
    s = np.float32(1) / (np.float32(1) + np.exp(-z32))
    return np.asarray(da, dtype=np.float32) * s * (np.float32(1) - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W.astype(np.float32) @ a_prev.astype(np.float32) + b.astype(np.float32)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz32, a32 = dz.astype(np.float32), a_prev.astype(np.float32)
    return dz32 @ a32.T / np.float32(a32.shape[1]), dz32.mean(axis=1, keepdims=True)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    lr = np.float32(learning_rate)
    return W.astype(np.float32) - lr * dW, b.astype(np.float32) - lr * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    da32, z32, a32 = (np.asarray(x, dtype=np.float32) for x in (da, z, a_prev))
    s = 1 / (1 + np.exp(-z32))
    dz = da32 * s * (1 - s)
    return dz @ a32.T / np.float32(a32.shape[1]), dz.mean(axis=1, keepdims=True)
