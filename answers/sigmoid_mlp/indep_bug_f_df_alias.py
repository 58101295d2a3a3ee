# Bug (aliasing): net_f_df computes f, then "df = f" and updates df in place (df *= 1 - f). df is
# the same array as f, so the function returns (sigma(1-sigma), sigma(1-sigma)): f is wrong, df is
# (numerically) right. Only net_f_df is wrong; forward_step/apply_net are graded with the reference.
# fails: test_net_f_df: another name for the same array
# %% net_f_df
def net_f_df(z):
    """The sigmoid f(z) and its derivative f'(z), element-wise."""
    f = 1 / (1 + np.exp(-z))
    df = f
    df *= 1 - f
    return f, df
