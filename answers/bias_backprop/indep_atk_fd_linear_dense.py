# From an independent tester (round 120): dense_backward by vectorised central differences of the linear batch cost over a stack of unit matrices (step 1, exact for a linear cost).
# flagged: takes the difference of
# kind: other
# %% dense_backward
def _cost(Wt, bt, dz, a_prev):
    return np.einsum('kij,jb,ib->k', Wt, a_prev, dz) / dz.shape[1] + np.einsum('ki,ib->k', bt, dz) / dz.shape[1]


def dense_backward(dz, a_prev):
    dz = np.asarray(dz, dtype=float)
    a_prev = np.asarray(a_prev, dtype=float)
    n, m = dz.shape[0], a_prev.shape[0]
    basis = np.eye(n * m).reshape(n * m, n, m)
    zb = np.zeros((n * m, n))
    g = (_cost(basis, zb, dz, a_prev) - _cost(-basis, zb, dz, a_prev)) / 2
    bb = np.eye(n)
    zw = np.zeros((n, n, m))
    gb = (_cost(zw, bb, dz, a_prev) - _cost(zw, -bb, dz, a_prev)) / 2
    return g.reshape(n, m), gb.reshape(n, 1)
