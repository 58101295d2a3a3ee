# From an independent tester (round 105): dense_backward transposes a_prev when a_prev.shape[0] == dz.shape[1] (guessing row layout), wrong whenever N_prev == B.
# kind: bug
# fails: test_dense_backward_dW: a_prev is not transposed
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    if a_prev.shape[0] == B:   # samples in rows?
        a_prev = a_prev.T
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
