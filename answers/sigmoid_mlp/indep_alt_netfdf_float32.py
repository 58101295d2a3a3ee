# From an independent tester (round 104): net_f_df computed in float32 (accepted by the prose), with the exact stable form exp(-|z|)/(1+exp(-|z|))^2 so float32 keeps its relative precision.
# kind: alt
# score: full
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z))
    one = np.float32(1)
    f = np.where(z >= 0, one / (one + e), e / (one + e)).astype(np.float32)
    df = (e / (one + e) ** 2).astype(np.float32)
    return f, df
