# From an independent tester (round 97): net_f_df through tanh: sigma(z) = (1 + tanh(z/2)) / 2, df = sigma (1 - sigma); works for int and scalar input.
# kind: alt
# %% net_f_df
def net_f_df(z):
    f = 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))
    return f, f * (1.0 - f)
