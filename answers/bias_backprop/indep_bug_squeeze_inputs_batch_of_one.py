# From an independent tester (round 16): the message blamed an axis used for another, not the batch of one.
# Bug: the student squeezes the inputs "to drop stray axes". Right for every batch of two or more samples, but for a
# single sample (B = 1) dz becomes a flat (N,) vector and the means run over the units instead of the samples.
# fails: test_dense_backward_dW: np.squeeze
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    dz = np.squeeze(dz)
    a_prev = np.squeeze(a_prev)
    B = dz.shape[-1]
    dW = np.atleast_2d(dz) @ np.atleast_2d(a_prev).T / B
    db = np.mean(dz, axis=-1, keepdims=True).reshape(-1, 1)
    return dW, db
