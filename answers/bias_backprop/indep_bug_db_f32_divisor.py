# From an independent tester (round 127): dense_backward in float32 divides db by the batch plus a "safe" 0.05% (B * 1.0005): off by 5e-4 for every batch.
# float32 is accepted at float32 precision (2e-5 of the largest entry); before, at 1e-3, this kept the points.
# kind: bug
# fails: test_dense_backward_db: a constant factor off by 5.0e-04
# %% dense_backward
def dense_backward(dz, a_prev):
    dz32, a32 = np.asarray(dz, np.float32), np.asarray(a_prev, np.float32)
    B = a32.shape[1]
    return dz32 @ a32.T / B, dz32.sum(axis=1, keepdims=True) / np.float32(B * 1.0005)
