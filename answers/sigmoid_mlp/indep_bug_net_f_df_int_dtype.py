# From an independent tester (round 74): net_f_df fills np.empty_like(z): for an integer z the sigmoid and derivative are truncated to integers (0 or 1 / 0). It kept its points until the hidden test tried an integer z (now in the docstring).
# kind: bug
# fails: test_net_f_df: arrays of integers too
# %% net_f_df
def net_f_df(z):
    f = np.empty_like(z)
    pos = z >= 0
    f[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    f[~pos] = e / (1 + e)
    df = np.empty_like(z)
    df[...] = f * (1 - f)
    return f, df
