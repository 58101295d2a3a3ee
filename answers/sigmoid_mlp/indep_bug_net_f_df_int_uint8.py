# From an independent tester (round 97): net_f_df casts integer input to uint8 ("small ints"): negative or large integers wrap around; floats are right.
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z)
    if z.dtype.kind == "i":
        z = z.astype(np.uint8).astype(float)
    f = 1 / (1 + np.exp(-z))
    return f, f * (1 - f)
