# Blind round 130 (written from the release notebook alone, without the tests): sigmoid via 0.5*(1+tanh(z/2)), derivative s*(1-s); in-place division on freshly created arrays; np.average for db.
# kind: alt
# base: blank
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = 0.5 * (1.0 + np.tanh(0.5 * z))
    dz = np.array(da, dtype=float)  # a new array
    dz *= s
    dz *= 1.0 - s
    return dz
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev
    z = z + b.reshape(-1, 1)
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ np.transpose(a_prev)
    dW = dW.astype(float)
    dW /= dz.shape[1]
    db = np.average(dz, axis=1)[:, np.newaxis]
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - dW * learning_rate, b - np.reshape(db, (-1, 1)) * learning_rate
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    dW, db = dense_backward(dz, a_prev)
    return dW, db
