# Round 38. net_f_df computes the derivative as e^-z / (1 + e^-z)^2: right for moderate z, but inf / inf = nan
# for z below -709, where np.exp(-z) overflows (the notebook asks for finite values at every z).
# fails: test_net_f_df: df of net_f_df for z with entries far from 0
# self-check: test_net_f_df: df of net_f_df for z with entries far from 0
# %% net_f_df
def net_f_df(z):
    e = np.exp(-z)
    return 1 / (1 + e), e / (1 + e) ** 2
