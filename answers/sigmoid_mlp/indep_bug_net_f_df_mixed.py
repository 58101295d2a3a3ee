# From an independent tester (round 7): no diagnosis until f (1 - z) was a known slip.
# net_f_df returns f(z) (1 - z): the derivative mixes the output with the pre-activation.
# fails: test_net_f_df: f (1 - z) instead of f (1 - f)
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - z)
