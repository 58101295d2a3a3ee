# From an independent tester (round 106): net_f_df saves memory with np.negative then np.exp(..., out=...) on the same buffer: fails (casting error) for integer z.
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    e = np.negative(z)
    np.exp(e, out=e)
    f = 1.0 / (1.0 + e)
    return f, f * (1.0 - f)
