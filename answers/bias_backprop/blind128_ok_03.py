# From a blind tester (round 128: the release notebook only, no tests read): tanh form of sigma' (0.25*(1-tanh(z/2)^2)), np.dot, reshape(-1,1) for db, list as the pair
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    t = np.tanh(0.5 * z)
    return da * (0.25 * (1.0 - t * t))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.dot(W, a_prev) + b.reshape(-1, 1)
    a = activation(z)
    return [z, a]
# %% dense_backward
def dense_backward(dz, a_prev):
    n_samples = a_prev.shape[1]
    dW = np.dot(dz, a_prev.T) / n_samples
    db = np.sum(dz, axis=1).reshape(-1, 1) / n_samples
    return [dW, db]
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    grads = dense_backward(dz, a_prev)
    W_new = W.copy()
    b_new = b.copy()
    W_new -= learning_rate * grads[0]
    b_new -= learning_rate * np.reshape(grads[1], b.shape)
    return W_new, b_new
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    t = np.tanh(0.5 * z)
    dz = da * 0.25 * (1.0 - t ** 2)
    return dense_backward(dz, a_prev)
