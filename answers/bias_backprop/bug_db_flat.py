# dense_backward returns db = dz.mean(axis=1), of shape (N,) instead of the column (N, 1): the update
# b - lr * db would broadcast the bias into an (N, N) matrix. Only the db test fails: update_layer calls
# dense_backward, but its test gives it the reference one.
# fails: test_dense_backward_db: would make the update b - lr * db broadcast the bias into a (4, 4) matrix
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T / a_prev.shape[1]
    db = dz.mean(axis=1)
    return dW, db
