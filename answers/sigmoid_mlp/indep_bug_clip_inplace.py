# From an independent tester (round 37).
# Bug: net_f_df guards against overflow with np.clip(z, -16, 16, out=z): it writes into its argument,
# which changes only where |z| > 16 (and the results there are those of z = +-16).
# fails: test_net_f_df: changed z in place
# self-check: test_net_f_df: changed z in place
# %% net_f_df
def net_f_df(z):
    np.clip(z, -16, 16, out=z)
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
