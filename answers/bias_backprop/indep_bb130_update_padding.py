# From an independent tester (round 130): update_layer: all-zero input columns treated as padding and left out of the batch average.
# kind: bug
# fails: test_update_layer: all-zero columns left out
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    real = np.any(a_prev != 0, axis=0)
    dW, db = dense_backward(dz[:, real], a_prev[:, real])
    return W - learning_rate * dW, b - learning_rate * db
