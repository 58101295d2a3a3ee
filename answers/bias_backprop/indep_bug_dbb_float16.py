# From an independent tester (round 94): db accumulated in float16 (np.mean(..., dtype=np.float16)) and returned as float64: ~1e-3 relative error, not a float32 result.
# kind: bug
# fails: test_dense_backward_db: float16 numbers
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    return dz @ a_prev.T / B, np.mean(dz, axis=1, keepdims=True, dtype=np.float16).astype(np.float64)
