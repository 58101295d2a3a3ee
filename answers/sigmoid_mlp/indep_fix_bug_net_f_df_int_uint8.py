# From an independent tester (round 97): fix of bug_net_f_df_int_uint8 as its message suggests ("f must be the sigmoid 1 / (1 + exp(-z))"): f rewritten as that formula; the uint8 cast of integer z the message never mentions is still there, so still wrong.
# kind: bug
# fails: test_net_f_df
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z)
    if z.dtype.kind == "i":
        z = z.astype(np.uint8).astype(float)
    f = 1.0 / (1.0 + np.exp(-z))
    df = f * (1.0 - f)
    return f, df
