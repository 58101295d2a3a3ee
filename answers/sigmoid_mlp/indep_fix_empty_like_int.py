# From an independent tester (round 106): bug_empty_like_int fixed as the grader's message says: f preallocated as a float array with np.zeros(z.shape).
# kind: alt
# score: full
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z)
    f = np.zeros(z.shape)
    pos = z >= 0
    f[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    f[~pos] = e / (1.0 + e)
    df = f * (1 - f)
    return f, df
