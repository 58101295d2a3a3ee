# From an independent tester (round 106): net_f_df: stable piecewise sigmoid into np.empty_like(z), which is an integer array for integer z (f and df truncated).
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z)
    f = np.empty_like(z)
    pos = z >= 0
    f[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    f[~pos] = e / (1.0 + e)
    df = f * (1 - f)
    return f, df
