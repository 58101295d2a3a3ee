# From an independent tester (round 132): dense_backward in float32 with a "safe" divisor B + 1e-5 (a real slip: epsilon against division by zero)
# kind: bug
# fails: test_dense_backward_dW: an epsilon in the divisor
# fails: test_dense_backward_db: an epsilon in the divisor
# %% dense_backward
def dense_backward(dz, a_prev):
    dz32, a32 = np.asarray(dz, dtype=np.float32), np.asarray(a_prev, dtype=np.float32)
    B = np.float32(a32.shape[1] + 1e-5)
    return dz32 @ a32.T / B, dz32.sum(axis=1, keepdims=True) / B
