# From an independent tester (round 115): dense_backward finds the sample axis of dz by looking up the batch size B in dz.shape, so it averages db over the units when N == B.
# kind: bug
# fails: test_dense_backward_db: averaged over the wrong axis
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    axis = list(dz.shape).index(B)
    db = dz.mean(axis=axis).reshape(-1, 1)
    return dz @ a_prev.T / B, db
