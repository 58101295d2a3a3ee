# From an independent tester (round 92): net_f_df (seed 3's code): derivative as exp(-z)*f**2, which is inf*0 = nan for z far below 0.
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    val = 1 / (1 + np.exp(-z))
    return val, np.exp(-z) * (val ** 2)
