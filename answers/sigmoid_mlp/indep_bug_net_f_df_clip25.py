# From an independent tester (round 85): net_f_df clips z to [-25, 25] ("saturated beyond"): passes |z| <= 18, but sigma(-40) comes out 1.4e-11 instead of 4e-18 (relative error huge; df likewise).
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    z = np.clip(z, -25, 25)
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
