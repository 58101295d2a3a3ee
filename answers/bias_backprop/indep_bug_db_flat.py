# From an independent tester (round 92): dense_backward: db = dz.mean(axis=1), the seed without its .reshape(-1, 1): shape (N,) instead of (N, 1).
# kind: bug
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz.dot(a_prev.T) / a_prev.shape[1]
    db = dz.mean(axis=1)
    return dW, db
