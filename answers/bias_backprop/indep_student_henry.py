# From an independent tester (round 35).
# Henry: sigmoid_backward multiplies da in place (da *= ...). After test_dense_backward_db he tries the notebook's
# suggested experiment (a cost that sums) by redefining dense_backward without the 1/B; update_layer and
# sigmoid_layer_backward call dense_backward (reference when graded), so only test_sigmoid_backward should fail.
# kind: other
# base: blank
# fails: test_sigmoid_backward: in place
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    da *= s * (1 - s)
    return da
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = W @ a_prev + b
    return z, activation(z)
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
# %% after test_dense_backward_db
def dense_backward(dz, a_prev):
    return dz @ a_prev.T, dz.sum(axis=1, keepdims=True)
print("summed version for the experiment")
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(da.copy(), z)
    return dense_backward(dz, a_prev)
