# Blind round 130 (written from the release notebook alone, without the tests): Stable exp(-|z|)/(1+exp(-|z|))^2 derivative, np.matmul with float cast, einsum dW and sum/B reshape db; update inlined.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    e = np.exp(-np.abs(z))
    return da * (e / (1.0 + e) ** 2)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.matmul(W, np.asarray(a_prev, dtype=float)) + b
    a = activation(z)
    return (z, a)
# %% dense_backward
def dense_backward(dz, a_prev):
    n_samples = a_prev.shape[1]
    dW = np.einsum("is,js->ij", dz, a_prev) / n_samples
    db = dz.sum(axis=1).reshape(-1, 1) / n_samples
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    dW = np.einsum("is,js->ij", dz, a_prev) / B
    db = dz.sum(axis=1).reshape(b.shape) / B
    W_new = W - learning_rate * dW
    b_new = b - learning_rate * db
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-np.abs(z))
    dz = da * e / (1.0 + e) / (1.0 + e)
    B = z.shape[1]
    return np.einsum("is,js->ij", dz, a_prev) / B, np.einsum("is->i", dz)[:, None] / B
