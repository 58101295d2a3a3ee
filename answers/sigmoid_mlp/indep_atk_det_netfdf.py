# From an independent tester (round 123): net_f_df's sigma' by Richardson-extrapolated central differences where every subtraction and division is a 2x2
# np.linalg.det, and the moved points come from np.add.outer, taken at -|z| (sigma' is even).
# kind: other
# flagged: net_f_df adds arrays broadcast against each other
# %% net_f_df
def net_f_df(z):
    g = lambda t: 1 / (1 + np.exp(-t))
    f = g(z)
    w = -np.abs(np.asarray(z, dtype=float))
    def level(s):
        v = g(np.add.outer(np.array([s, -s]), w))
        one = np.full_like(v[0], 0.5 / s)
        m = np.stack([np.stack([v[0], v[1]], -1), np.stack([one, one], -1)], -2)
        return np.linalg.det(m)
    d1, d2, d3 = level(0.03125), level(0.015625), level(0.0078125)
    def rich(a, b, c):
        k = np.full_like(a, c)
        return np.linalg.det(np.stack([np.stack([b, a], -1), np.stack([np.full_like(a, 1.0 / (c - 1)), k / (c - 1)], -1)], -2))
    r1, r2 = rich(d1, d2, 4.0), rich(d2, d3, 4.0)
    return f, rich(r1, r2, 16.0)
