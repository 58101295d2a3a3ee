# From an independent tester (round 121): dense_backward divides by min(B, 64) instead of B: wrong on batches above 64 only.
# fails: test_dense_backward_dW: batch of 200
# fails: test_dense_backward_db: batch of 200
# kind: bug
# %% dense_backward
def dense_backward(dz, a_prev):
    B = min(dz.shape[1], 64)
    return dz @ np.asarray(a_prev, dtype=float).T / B, dz.sum(axis=1, keepdims=True) / B
