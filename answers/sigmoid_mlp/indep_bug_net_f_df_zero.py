# From an independent tester (round 113): net_f_df with two masked branches z > 0 and z < 0 that forgets z == 0 exactly (f and df stay 0 there).
# Its message said only "wrong in 3 of 6 entries"; it now names z = 0.
# kind: bug
# fails: test_net_f_df: wrong exactly where z = 0
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    f = np.zeros(z.shape)
    pos, neg = z > 0, z < 0
    f[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[neg])
    f[neg] = e / (1 + e)
    df = f * (1 - f)
    return f, df
