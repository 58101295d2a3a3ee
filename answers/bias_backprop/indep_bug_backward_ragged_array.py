# From an independent tester (round 79): Bug: dense_backward packs the pair into np.array([dW, db]); the shapes differ, so numpy raises ValueError (inhomogeneous shape).
# kind: bug
# Was told a formula's shapes do not fit, or a cache.
# fails: test_dense_backward_dW: Return several arrays as a tuple (dW, db)
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    db = np.sum(dz, axis=1, keepdims=True) / B
    return np.array([dW, db])
