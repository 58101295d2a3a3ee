# Two bugs that cancel in the student's own notebook: dense_backward sums over the batch (no 1/B) and
# update_layer compensates by stepping with learning_rate / B. End to end the student's training is right,
# but each function breaks its own spec: dW and db are B times too large, and update_layer (graded with
# the reference dense_backward) takes a step B times too small.
# fails: test_dense_backward_dW
# fails: test_dense_backward_db
# fails: test_update_layer: divided by the batch size once more
# %% dense_backward
def dense_backward(dz, a_prev):
    return dz @ a_prev.T, dz.sum(axis=1, keepdims=True)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    lr = learning_rate / dz.shape[1]
    return W - lr * dW, b - lr * db
