# From an independent tester (round 74): dense_backward starts db as the view dz[:, :1] and accumulates into it with +=: the caller's first column of dz is overwritten.
# kind: bug
# fails: test_dense_backward_dW
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = dz[:, :1]
    for s in range(1, B):
        db += dz[:, s:s + 1]
    return dW, db / B
