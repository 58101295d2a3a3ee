# Blind round 132 (written from the release notebook alone, without the tests): float32 everywhere: stable exp(-|z|) form of sigma', float32 matmuls, float32 results returned
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    return np.asarray(da, dtype=np.float32) * (e / ((np.float32(1) + e) ** 2))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    W32 = np.asarray(W, dtype=np.float32)
    b32 = np.asarray(b, dtype=np.float32)
    A32 = np.asarray(a_prev, dtype=np.float32)
    z = W32 @ A32 + b32
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz32 = np.asarray(dz, dtype=np.float32)
    A32 = np.asarray(a_prev, dtype=np.float32)
    inv_B = np.float32(1.0 / dz32.shape[1])
    dW = (dz32 @ A32.T) * inv_B
    db = dz32.sum(axis=1, keepdims=True) * inv_B
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    lr = np.float32(learning_rate)
    W_new = np.asarray(W, dtype=np.float32) - lr * np.asarray(dW, dtype=np.float32)
    b_new = np.asarray(b, dtype=np.float32) - lr * np.asarray(db, dtype=np.float32).reshape(np.shape(b))
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
