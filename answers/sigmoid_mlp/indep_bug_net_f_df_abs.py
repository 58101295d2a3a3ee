# From an independent tester (round 54).
# A "stable" sigmoid written as 1 / (1 + exp(-|z|)) for every z: right for z >= 0, 1 - sigma(z) for z < 0. The message
# said "wrong in 2 of 6 entries, exactly columns [1]", and the visible checks of apply_net and train_net blamed the
# functions built on it; they now name sigma(|z|) and net_f_df.
# fails: test_net_f_df: f is sigma(|z|)
# self-check: test_net_f_df: f is sigma(|z|)
# self-check: test_apply_net: fix net_f_df first
# self-check: test_train_net: fix net_f_df first
# %% net_f_df
def net_f_df(z):
    f = 1.0 / (1.0 + np.exp(-np.abs(z)))
    return f, f * (1.0 - f)
