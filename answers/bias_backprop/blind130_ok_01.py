# Blind round 130 (written from the release notebook alone, without the tests): Plain vectorised answer: s*(1-s) from the given sigmoid, matmul forward, dz @ a_prev.T / B and mean(keepdims) backward.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * s * (1.0 - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = np.mean(dz, axis=1, keepdims=True)
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
