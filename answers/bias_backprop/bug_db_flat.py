# dense_backward returns db = dz.mean(axis=1), of shape (N,) instead of the column (N, 1): the update
# b - lr * db then broadcasts the bias into an (N, N) matrix.
# fails: test_dense_backward_db: wrong shape
# fails: test_bias_update: numpy broadcasts a (4,) array against the (4, 1) column b
# fails: test_sigmoid_layer: wrong shape
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T / a_prev.shape[1]
    db = dz.mean(axis=1)
    return dW, db
