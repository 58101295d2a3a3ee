# Correct, with np.einsum for the products and sums.
# kind: alt
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.einsum("ij,js->is", W, a_prev) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    dW = np.einsum("is,js->ij", dz, a_prev) / B
    db = np.einsum("is->i", dz)[:, np.newaxis] / B
    return dW, db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = 1 / (1 + np.exp(-z))
    dz = np.einsum("is,is->is", da, s * (1 - s))
    return dense_backward(dz, a_prev)
