# From an independent tester (round 118): dense_backward divides by the number of samples with a non-zero gradient, not by B: wrong when a column of dz is all 0.
# kind: bug
# fails: test_dense_backward_dW: divided by the 4 columns of dz that hold a nonzero entry
# fails: test_dense_backward_db: divided by the 4 columns of dz that hold a nonzero entry
# %% dense_backward
def dense_backward(dz, a_prev):
    B = max(1, int(np.count_nonzero(np.any(dz != 0, axis=0))))  # samples that contribute
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
