# From an independent tester (round 132): dense_backward in float64 with the "safe" divisor B + 1e-5, plus a dummy float32 op
# kind: bug
# fails: test_dense_backward_dW: an epsilon in the divisor
# fails: test_dense_backward_db: an epsilon in the divisor
# %% dense_backward
def dense_backward(dz, a_prev):
    np.float32(1.0) + np.float32(1.0)
    B = a_prev.shape[1] + 1e-5
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
