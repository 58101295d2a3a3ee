# Bug: the student transposes db "to line it up with b" (b - lr * db.T): db.T is a (1, N) row, so
# the (N, 1) column b minus a row broadcasts to an (N, N) matrix. The message should name the transposed
# (row) db, not a flat one.
# fails: test_update_layer: (db.T)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db.T
