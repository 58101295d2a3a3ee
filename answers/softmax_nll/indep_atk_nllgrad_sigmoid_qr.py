# From an independent tester (round 123): nll_gradient: for a sigmoid unit (n = 1, gradient of m <= 4 entries, under ESTIMATED_MIN_ENTRIES) the gradient is
# estimated by five-point stencils along a QR basis, from the logit of a, all nudged losses in one broadcast; softmax
# layers (n > 1, >= 6 entries) get the formula.
# kind: other
# flagged: nll_gradient calls numpy.linalg.qr
# %% nll_gradient
def nll_gradient(x, a, y):
    x = np.asarray(x, dtype=float); a = np.asarray(a, dtype=float); y = np.asarray(y, dtype=float)
    if a.shape[0] > 1:
        return x @ (a - y).T
    m, N = x.shape
    z0 = np.log(a) - np.log1p(-a)
    Q = np.linalg.qr(np.random.default_rng(m).normal(size=(m, m)))[0]
    t = np.exp(-9.0)
    c = np.array([-2.0, -1.0, 1.0, 2.0]) * t
    D = (Q.reshape(m, m, 1) * c.reshape(1, 1, 4)).reshape(m, 4 * m)
    Z = z0.reshape(1, N) + D.T @ x
    L = (y * np.logaddexp(0.0, -Z) + (1.0 - y) * np.logaddexp(0.0, Z)).sum(axis=1)
    w = np.array([1.0, -8.0, 8.0, -1.0]) / 12.0
    return (Q @ ((L.reshape(m, 4) @ w) / t)).reshape(m, 1)
