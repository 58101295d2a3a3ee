# From an independent tester (round 68, a trick): dense_backward estimates dW and db by central differences of a
# linear stand-in cost sum(dz * (W a_prev + b)) / batch, entry by entry. On a linear function a central difference is
# exact to rounding, so no precision check can tell it from a derived gradient: it keeps its points and the scan of
# the source flags it for the TA (the notebook says flagged code loses points by hand).
# kind: other
# flagged: dense_backward divides a difference of two evaluations by a small step
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    P = a_prev.shape[0]

    def _probe(Wt, bt):
        return np.sum(dz * (Wt @ a_prev + bt)) / B

    W0, b0 = np.zeros((N, P)), np.zeros((N, 1))
    h = 1e-4
    dW, db = np.zeros((N, P)), np.zeros((N, 1))
    for i in range(N):
        for j in range(P):
            Wp, Wm = W0.copy(), W0.copy()
            Wp[i, j] += h
            Wm[i, j] -= h
            dW[i, j] = (_probe(Wp, b0) - _probe(Wm, b0)) / (2 * h)
        bp, bm = b0.copy(), b0.copy()
        bp[i, 0] += h
        bm[i, 0] -= h
        db[i, 0] = (_probe(W0, bp) - _probe(W0, bm)) / (2 * h)
    return dW, db
