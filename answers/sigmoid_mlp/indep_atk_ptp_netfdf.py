# From an independent tester (round 122): net_f_df's derivative as np.ptp (max - min) of sigma at two nearby points, times a reciprocal of the spread:
# sigma is increasing so ptp is the difference; no subtraction, no division, no step-named variable; Richardson
# extrapolated; evaluated at -|z| for relative accuracy in the tails.
# kind: other
# flagged: net_f_df evaluates a lambda at nearby points moved from one input
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    g = lambda x: 1.0 / (1.0 + np.exp(-x))
    x = -np.abs(z)
    spreads = [float(np.ldexp(1.0, -k)) for k in (5, 6, 7)]
    d = [np.ptp(np.stack([g(x + q), g(x + q * -1.0)]), axis=0) * float(np.ldexp(1.0, k - 1)) for q, k in zip(spreads, (5, 6, 7))]
    e1 = (4.0 * d[1] + d[0] * -1.0) * (1 / 3)
    e2 = (4.0 * d[2] + d[1] * -1.0) * (1 / 3)
    with np.errstate(over="ignore"):
        f = g(z)
    return f, (16.0 * e2 + e1 * -1.0) * (1 / 15)
