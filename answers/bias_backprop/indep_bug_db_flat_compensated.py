# From an independent tester (round 78): One slip in each of two functions that cancel in the student's kernel: dense_backward returns a flat db (N,),
# and update_layer "fixes" it with db[:, None]; with the reference dense_backward (db (N,1)) that makes (N,1,1).
# kind: bug
# fails: test_dense_backward_db
# update_layer was told only "b_new has shape (4, 4, 1), expected (4, 1)".
# fails: test_update_layer: db[:, None] or a reshape then adds an axis
# %% dense_backward
def dense_backward(dz, a_prev):
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db[:, None]
