# From an independent tester (round 106): net_f_df written with a numerically stable piecewise sigmoid (float output array preallocated), no overflow warning.
# kind: alt
# score: full
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    f = np.empty(z.shape, dtype=float)
    pos = z >= 0
    f[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    f[~pos] = e / (1.0 + e)
    df = f * (1.0 - f)
    return f, df
