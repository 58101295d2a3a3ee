# From an independent tester (round 53).
# db summed sample by sample into np.zeros(..., dtype=int), then divided by B: every partial sum is truncated to a
# whole number. The message said only "wrong in all 4 entries"; it now names the integer array.
# fails: test_dense_backward_db: db is summed into an array of integers
# self-check: test_dense_backward_db: db is summed into an array of integers
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = dz @ a_prev.T / B
    db = np.zeros((N, 1), dtype=int)
    for s in range(B):
        db[:, 0] = db[:, 0] + dz[:, s]
    return dW, db / B
