# np.tensordot for the contractions, sigmoid' via sigmoid(z) * sigmoid(-z) (= s (1 - s)), a defensive
# forward that accepts b as (N,) or (N, 1), and an update that reshapes db to b's shape before the step.
# sigmoid_layer_backward is fully inlined (no helper calls). Correct.
# kind: alt
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * (sigmoid(z) * sigmoid(-z))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.tensordot(W, a_prev, axes=([1], [0])) + np.reshape(b, (-1, 1))
    a = activation(z)
    return z, a
# %% dense_backward
def dense_backward(dz, a_prev):
    B = np.size(dz, 1)
    dW = np.tensordot(dz, a_prev, axes=([1], [1])) / B
    db = np.tensordot(dz, np.full(B, 1.0 / B), axes=([1], [0]))[:, None]
    return dW, db
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * np.reshape(dW, np.shape(W)), b - learning_rate * np.reshape(db, np.shape(b))
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    p = 1.0 / (1.0 + np.exp(-z))
    q = 1.0 / (1.0 + np.exp(z))       # = 1 - p
    delta = da * p * q
    B = delta.shape[1]
    return np.tensordot(delta, a_prev, axes=([1], [1])) / B, delta.sum(axis=1, keepdims=True) / B
