# From an independent tester (round 127): dense_backward: dW and db both as slopes at 0 of log mean exp(t * product) (cumulant generating functions), estimated at t = 1e-13
# kind: other
# flagged: divides a difference of two evaluations
# %% dense_backward
def dense_backward(dz, a_prev):
    t = 1e-13
    dz, a_prev = np.asarray(dz, float), np.asarray(a_prev, float)
    prod = dz[:, None, :] * a_prev[None, :, :]
    dW = np.log1p(np.expm1(t * prod).mean(axis=2)) / t
    db = np.log1p(np.expm1(t * dz).mean(axis=1, keepdims=True)) / t
    return dW, db
