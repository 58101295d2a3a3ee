# Blind round 130 (written from the release notebook alone, without the tests): tanh spelling of sigma'(z) = (1 - tanh(z/2)^2)/4, np.dot forward, np.dot(a_prev, dz.T).T backward, ones-vector db.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    t = np.tanh(0.5 * z)
    return 0.25 * da * (1.0 - t * t)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.dot(W, a_prev) + b
    z = z.astype(float)
    return [z, activation(z)]
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    ones = np.ones((B, 1))
    dW = np.dot(a_prev, dz.T).T / float(B)
    db = np.dot(dz, ones) / float(B)
    return [dW, db]
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    grads = dense_backward(dz, a_prev)
    return [p - learning_rate * g for p, g in zip((W, b), grads)]
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    t = np.tanh(z / 2.0)
    dz = da * (1.0 - t ** 2) / 4.0
    return dense_backward(dz, a_prev)
