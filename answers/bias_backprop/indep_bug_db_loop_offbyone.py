# From an independent tester (round 57).
# Bug: off-by-one in a per-sample loop for db only (range(1, B) skips sample 0); dW vectorised and right.
# kind: bug
# fails: test_dense_backward_db: db misses one sample's term
# self-check: test_dense_backward_db: db misses one sample's term
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = np.zeros((dz.shape[0], 1))
    for s in range(1, B):
        db[:, 0] += dz[:, s]
    return dW, db / B
