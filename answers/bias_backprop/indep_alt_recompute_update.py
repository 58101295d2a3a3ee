# From an independent tester (round 90): update_layer recomputes everything at each call with einsum and never calls dense_backward; sigmoid_backward via tanh: s = (1 + tanh(z/2))/2.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    t = np.tanh(np.multiply(0.5, z))
    # sigma(1-sigma) = (1+t)(1-t)/4 ; each factor computed directly
    return da * ((1.0 + t) * (1.0 - t) / 4.0)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = a_prev.shape[-1]
    dW = np.einsum("ns,ps->np", dz, a_prev) / B
    db = np.einsum("ns->n", dz)[:, np.newaxis] / B
    return W - learning_rate * dW, b - learning_rate * db
