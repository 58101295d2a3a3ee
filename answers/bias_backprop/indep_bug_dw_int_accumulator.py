# From an independent tester (round 119): dense_backward loop accumulates dW into zeros of a_prev's dtype: integer a_prev truncates dW.
# kind: bug
# fails: test_dense_backward_dW: is the sum kept in an integer array
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = np.zeros((N, a_prev.shape[0]), dtype=a_prev.dtype)
    db = np.zeros((N, 1), dtype=dz.dtype)
    for s in range(B):
        dW = dW + np.outer(dz[:, s], a_prev[:, s]).astype(dW.dtype)
        db[:, 0] += dz[:, s]
    return dW / B, db / B
