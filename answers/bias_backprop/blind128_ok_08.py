# From a blind tester (round 128: the release notebook only, no tests read): broadcast-and-sum dW (dz[:,None,:]*a_prev[None]), row loop for db, integer-safe forward via astype
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    ds = s - s * s
    dz = np.multiply(da, ds)
    return dz
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev.astype(float) + b
    a = activation(z)
    return z, a
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = (dz[:, None, :] * a_prev[None, :, :]).sum(axis=-1) / B
    db = np.zeros((dz.shape[0], 1))
    for i in range(dz.shape[0]):
        db[i, 0] = dz[i, :].sum() / B
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    W_new = W - learning_rate * (dz @ a_prev.T) / B
    b_new = b - learning_rate * dz.sum(axis=1, keepdims=True) / B
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    dz = da * s * (1.0 - s)
    B = dz.shape[1]
    return (dz @ a_prev.T) / B, dz.sum(axis=1, keepdims=True) / B
