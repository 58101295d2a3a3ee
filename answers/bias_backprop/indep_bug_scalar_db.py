# From an independent tester: dense_backward's db is dz.mean() (one number over all of dz) for every unit.
# fails: test_dense_backward_db: every unit gets the same db (dz.mean())
# %% dense_backward
def dense_backward(dz, a_prev):
    return dz @ a_prev.T / dz.shape[1], dz.mean() * np.ones((dz.shape[0], 1))
