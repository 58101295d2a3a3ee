# From an independent tester (round 106): bug_netfdf_out_int fixed as the grader's message says: the buffer made a float one with z.astype(float).
# kind: alt
# score: full
# %% net_f_df
def net_f_df(z):
    e = np.negative(z.astype(float))
    np.exp(e, out=e)
    f = 1.0 / (1.0 + e)
    return f, f * (1.0 - f)
