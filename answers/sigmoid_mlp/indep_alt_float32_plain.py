# From an independent tester (round 90): Correct?: net_f_df in float32 with the text's own formula df = f (1 - f) (the text allows float32 arithmetic); overflow silenced with errstate.
# kind: alt
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=np.float32)
    with np.errstate(over='ignore'):
        f = np.float32(1) / (np.float32(1) + np.exp(-z))
    return f, f * (np.float32(1) - f)
