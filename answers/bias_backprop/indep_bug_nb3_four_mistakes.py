# From an independent tester (round 82): Notebook 3: sigmoid_backward crashes (NameError: sigmod); dense_forward adds b.ravel() (row broadcast); dense_backward db summed not averaged; update_layer updates W and b in place.
# kind: bug
# fails: test_sigmoid_backward
# fails: test_dense_forward
# fails: test_dense_backward_db
# fails: test_update_layer
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmod(z)
    return da * s * (1 - s)
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b.ravel()
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    dW = np.einsum('ks,js->kj', dz, a_prev) / B
    db = np.sum(dz, axis=1, keepdims=True)
    return dW, db
# %% after dense_backward
_dW, _db = dense_backward(np.ones((2, 5)), np.ones((3, 5)))
print("db of ones over 5 samples:", _db.ravel())
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W -= learning_rate * dW
    b -= learning_rate * db
    return W, b
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da, z)
    return dense_backward(dz, a_prev)
