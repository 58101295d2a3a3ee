# From an independent tester (round 72): net_f_df loops over z.shape[0] and z.shape[1] with math.exp: 2-D z only (passes the visible checks).
# kind: bug
# fails: test_net_f_df: does it index or loop over a fixed number of axes
# %% net_f_df
import math


def net_f_df(z):
    f = np.zeros((z.shape[0], z.shape[1]))
    df = np.zeros((z.shape[0], z.shape[1]))
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            x = z[i, j]
            s = 1 / (1 + math.exp(-x)) if x > -700 else 0.0
            f[i, j] = s
            df[i, j] = s * (1 - s)
    return f, df
