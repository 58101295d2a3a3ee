# From an independent tester (round 106): Everything computed in float32 (the prose accepts float32 arithmetic), stable sigmoid' via exp(-|z|).
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    return np.asarray(da, dtype=np.float32) * (e / (np.float32(1) + e) ** 2)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W.astype(np.float32) @ a_prev.astype(np.float32) + b.astype(np.float32)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dz32, a32 = dz.astype(np.float32), a_prev.astype(np.float32)
    B = np.float32(dz.shape[1])
    return (dz32 @ a32.T) / B, dz32.sum(axis=1, keepdims=True) / B
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    lr = np.float32(learning_rate)
    return W.astype(np.float32) - lr * np.asarray(dW, np.float32), b.astype(np.float32) - lr * np.asarray(db, np.float32)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    dz = da.astype(np.float32) * (e / (np.float32(1) + e) ** 2)
    B = np.float32(dz.shape[1])
    return (dz @ a_prev.astype(np.float32).T) / B, dz.mean(axis=1, keepdims=True)
