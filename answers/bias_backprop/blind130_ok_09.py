# Blind round 130 (written from the release notebook alone, without the tests): Boolean-mask piecewise sigma' = e/(1+e)^2 with e = exp(-|z|) chosen by mask; einsum forward; column-wise bias via np.repeat.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=float)
    sp = np.empty_like(z)
    neg = z < 0
    e_neg = np.exp(z[neg])
    sp[neg] = e_neg / (1.0 + e_neg) ** 2
    e_pos = np.exp(-z[~neg])
    sp[~neg] = e_pos / (1.0 + e_pos) ** 2
    return da * sp
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    B = a_prev.shape[1]
    z = np.einsum("ij,js->is", W, a_prev) + np.repeat(b, B, axis=1)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    a = np.asarray(a_prev, dtype=float)
    B = a.shape[1]
    dW = sum(np.outer(dz[:, s], a[:, s]) for s in range(B)) / B
    db = dz.mean(axis=-1).reshape(dz.shape[0], 1)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    W_new = W - learning_rate / B * (dz @ a_prev.T)
    b_new = b - learning_rate / B * dz.sum(axis=1, keepdims=True)
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
