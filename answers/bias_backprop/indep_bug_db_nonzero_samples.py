# From an independent tester (round 108): dense_backward averages over the samples whose input is not all zero (skipping "padding"): XOR's [0, 0] is a real sample.
# kind: bug
# fails: test_dense_backward_dW: samples whose input is not all 0
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    B = max(int(np.count_nonzero(np.any(a_prev != 0, axis=0))), 1)
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
