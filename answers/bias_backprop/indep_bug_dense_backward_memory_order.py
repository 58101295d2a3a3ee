# From an independent tester (round 122): dense_backward flattens a_prev in memory order and reshapes in C order: right for every C-contiguous a_prev, but a
# transposed view (X.T of XOR inputs stored one sample per row, as the next notebook does) gives a scrambled matrix.
# kind: bug
# fails: test_dense_backward_dW: Fortran order
# %% dense_backward
def dense_backward(dz, a_prev):
    A = np.ravel(a_prev, order="K").reshape(a_prev.shape).astype(float)
    B = A.shape[1]
    return dz @ A.T / B, dz.sum(axis=1, keepdims=True) / B
