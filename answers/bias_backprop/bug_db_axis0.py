# dense_backward averages dz over axis 0 (the units) instead of axis 1 (the samples): db has one entry per sample.
# fails: test_dense_backward_db: the units instead of the samples? Here axis 0 holds the units and axis 1 the samples
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T / a_prev.shape[1]
    db = dz.mean(axis=0, keepdims=True)
    return dW, db
