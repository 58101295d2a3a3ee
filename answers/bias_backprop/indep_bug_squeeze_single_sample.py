# From an independent tester (round 8): the message spoke of a square broadcast and 'one entry per sample'.
# Squeezes dz "to be safe" before averaging: with a single sample (B = 1) the mean is taken over the units, db has the wrong shape.
# fails: test_dense_backward_db: a batch of one sample
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[-1]
    dW = dz @ a_prev.T / B
    db = np.mean(np.squeeze(dz), axis=-1).reshape(-1, 1)
    return dW, db
