# dense_backward divides dz in place (dz /= B) before using it: the values are right, but the caller's dz is
# changed, which the notebook forbids (backward passes leave their inputs as they were).
# fails: test_dense_backward_dW: changed its argument `dz` in place
# fails: test_dense_backward_db: changed its argument `dz` in place
# %% dense_backward
def dense_backward(dz, a_prev):
    dz /= a_prev.shape[1]                  # average once, here
    dW = dz @ a_prev.T
    db = dz.sum(axis=1, keepdims=True)
    return dW, db
