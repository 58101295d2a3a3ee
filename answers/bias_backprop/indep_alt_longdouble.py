# From an independent tester (round 106): Extended precision (np.longdouble) internally, results cast back to float64.
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zl = np.asarray(z, dtype=np.longdouble)
    s = 1 / (1 + np.exp(-np.abs(zl)))
    return (np.asarray(da, dtype=np.longdouble) * s * (1 - s)).astype(np.float64)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = (np.asarray(W, np.longdouble) @ np.asarray(a_prev, np.longdouble) + np.asarray(b, np.longdouble)).astype(float)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    d = np.asarray(dz, np.longdouble)
    B = d.shape[1]
    dW = (d @ np.asarray(a_prev, np.longdouble).T) / B
    db = d.sum(axis=1, keepdims=True) / B
    return dW.astype(float), db.astype(float)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    d = np.asarray(dz, np.longdouble)
    B = d.shape[1]
    lr = np.longdouble(learning_rate)
    W_new = np.asarray(W, np.longdouble) - lr * (d @ np.asarray(a_prev, np.longdouble).T) / B
    b_new = np.asarray(b, np.longdouble) - lr * d.mean(axis=1, keepdims=True)
    return W_new.astype(float), b_new.astype(float)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    return dense_backward(sigmoid_backward(da, z), a_prev)
