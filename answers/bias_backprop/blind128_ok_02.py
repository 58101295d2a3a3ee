# From a blind tester (round 128: the release notebook only, no tests read): stable exp(-|z|) derivative, einsum for dW, mean(keepdims) for db, update inline via einsum
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    e = np.exp(-np.abs(z))          # never overflows
    return da * (e / (1.0 + e) ** 2)   # sigma'(z) = e^{-|z|} / (1 + e^{-|z|})^2, symmetric in z
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.einsum('ij,jb->ib', W, a_prev) + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = np.einsum('ib,jb->ij', dz, a_prev) / B
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    dW = np.einsum('ib,jb->ij', dz, a_prev) / B
    db = dz.mean(axis=1, keepdims=True)
    W_new = W - learning_rate * dW
    b_new = b - learning_rate * db
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-np.abs(z))
    dz = da * e / (1.0 + e) ** 2
    B = dz.shape[1]
    return np.einsum('ib,jb->ij', dz, a_prev) / B, dz.mean(axis=1, keepdims=True)
