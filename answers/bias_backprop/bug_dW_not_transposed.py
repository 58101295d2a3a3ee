# dense_backward computes dz @ a_prev without the transpose: numpy raises; on a square layer the message names
# the missing transpose. A crash in dW stops db too, so both tests fail.
# fails: test_dense_backward_dW: dW is a multiple of dz @ a_prev: a_prev is not transposed
# fails: test_dense_backward_db: dW is a multiple of dz @ a_prev: a_prev is not transposed
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev / a_prev.shape[1]
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
