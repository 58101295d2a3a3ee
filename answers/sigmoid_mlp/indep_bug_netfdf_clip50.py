# From an independent tester (round 128): net_f_df clips z to [-50, 50] "against overflow": f and f' wrong (relatively) for |z| > 50.
# kind: bug
# fails: test_net_f_df: far above it
# %% net_f_df
def net_f_df(z):
    f = 1 / (1 + np.exp(-np.clip(z, -50, 50)))
    return f, f * (1 - f)
