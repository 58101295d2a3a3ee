# From an independent tester (round 122): net_f_df's derivative by Richardson-extrapolated central differences written only with numpy ufunc calls
# (np.add/np.subtract/np.divide, no operators), evaluated at -|z| (sigma' is even) so tails keep relative accuracy.
# kind: other
# flagged: net_f_df divides a difference of two evaluations
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    g = lambda x: np.divide(1.0, np.add(1.0, np.exp(np.negative(x))))
    x = np.negative(np.abs(z))
    r = float(np.ldexp(1.0, -5))
    def d(q):
        return np.divide(np.subtract(g(np.add(x, q)), g(np.subtract(x, q))), np.add(q, q))
    d1, d2, d3 = d(r), d(np.divide(r, 2.0)), d(np.divide(r, 4.0))
    e1 = np.divide(np.subtract(np.multiply(4.0, d2), d1), 3.0)
    e2 = np.divide(np.subtract(np.multiply(4.0, d3), d2), 3.0)
    df = np.divide(np.subtract(np.multiply(16.0, e2), e1), 15.0)
    with np.errstate(over="ignore"):
        f = g(z)
    return f, df
