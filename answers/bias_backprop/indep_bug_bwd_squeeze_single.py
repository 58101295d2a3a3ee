# From an independent tester (round 42).
# dense_backward squeezes dz and a_prev: for a single sample dz @ a_prev.T becomes a dot product / error.
# fails: test_dense_backward_dW
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    dz, a_prev = np.squeeze(dz), np.squeeze(a_prev)
    B = dz.shape[-1]
    return np.atleast_2d(dz @ a_prev.T / B), dz.mean(axis=-1).reshape(-1, 1)
