# Correct, with other equivalent formulas: sigma via tanh, the forward pass transposed twice, matmul times 1/B,
# the bias column by [:, None], the update as theta + (-lr) * grad.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = 0.5 * (1 + np.tanh(z / 2))       # sigma(z) = (1 + tanh(z/2)) / 2
    return da * (s - s ** 2)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = (a_prev.T @ W.T + b.T).T
    return (z, activation(z))
# %% dense_backward
def dense_backward(dz, a_prev):
    inv_b = 1.0 / a_prev.shape[1]
    return np.matmul(dz, a_prev.T) * inv_b, np.sum(dz, 1)[:, None] * inv_b
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    step = -learning_rate
    return np.add(W, step * dW), np.add(b, step * db)
