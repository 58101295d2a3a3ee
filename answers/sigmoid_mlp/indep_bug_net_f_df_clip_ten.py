# From an independent tester (round 51).
# The message ended "f must be the sigmoid", the formula the code has; it did not say the wrong entries are |z| > 10.
# Bug (net_f_df): z clipped to [-10, 10] "against overflow", so f and df are wrong for |z| > 10.
# fails: test_net_f_df: f is wrong exactly where |z| >=
# self-check: test_net_f_df: f is wrong exactly where |z| >=
# %% net_f_df
def net_f_df(z):
    zc = np.clip(z, -10, 10)
    f = 1 / (1 + np.exp(-zc))
    return f, f * (1 - f)
