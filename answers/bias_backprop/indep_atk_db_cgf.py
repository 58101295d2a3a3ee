# From an independent tester (round 127): dense_backward: db as the derivative at 0 of the cumulant generating function log mean exp(t dz), estimated at a tiny t
# kind: other
# flagged: divides a difference of two evaluations
# %% dense_backward
def dense_backward(dz, a_prev):
    t = 1e-13
    db = np.log1p(np.expm1(t * dz).mean(axis=1, keepdims=True)) / t
    return dz @ a_prev.T / a_prev.shape[1], db
