# From an independent tester (round 110): net_f_df uses np.atleast_1d for its stable masked formula, so a 0-d z (a shape the prose allows) gives shape (1,) outputs.
# It kept full marks until a hidden check gave net_f_df a 0-d z (the check itself had turned a 0-d z into a scalar).
# kind: bug
# fails: test_net_f_df: for z of shape () has shape (1,)
# %% net_f_df
def net_f_df(z):
    z = np.atleast_1d(np.asarray(z, dtype=float))
    f = np.empty_like(z)
    pos = z >= 0
    f[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    f[~pos] = e / (1 + e)
    return f, f * (1 - f)
