# From an independent tester (round 96): update_layer computes the gradient from the first 8 samples only (a "mini-batch"), wrong for batches larger than 8.
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz[:, :8], a_prev[:, :8])
    return W - learning_rate * dW, b - learning_rate * db
