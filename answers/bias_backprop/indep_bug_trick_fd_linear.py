# From an independent tester (round 78, a trick): dense_backward derives nothing: a helper named like a derivative
# (_d_surrogate) takes central differences of the linear stand-in L(W, b) = sum(dz * (W a_prev + b)) / B, exact to
# rounding, so no precision check can tell; it keeps its points and the scan flags the helper's call for the TA (as
# atk_numerical_probe, there written inside dense_backward).
# kind: other
# flagged: dense_backward calls _d_surrogate, a function of the notebook that divides a difference
# %% dense_backward
def _d_surrogate(f, x, h=1e-3):
    g = np.zeros_like(x, dtype=float)
    it = np.nditer(x, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        xp, xm = x.astype(float).copy(), x.astype(float).copy()
        xp[i] += h
        xm[i] -= h
        g[i] = (f(xp) - f(xm)) / (2 * h)
    return g

def dense_backward(dz, a_prev):
    B = dz.shape[1]
    W0 = np.zeros((dz.shape[0], a_prev.shape[0]))
    b0 = np.zeros((dz.shape[0], 1))
    dW = _d_surrogate(lambda W: np.sum(dz * (W @ a_prev + b0)) / B, W0)
    db = _d_surrogate(lambda b: np.sum(dz * (W0 @ a_prev + b)) / B, b0)
    return dW, db
