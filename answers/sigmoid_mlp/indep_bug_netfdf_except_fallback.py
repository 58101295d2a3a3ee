# From an independent tester (round 49).
# net_f_df: overflow raises inside errstate, and the except branch falls back to a hard step (and zero derivative) for the WHOLE array.
# fails: test_net_f_df: and others near 0 is finite but wrong
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    try:
        with np.errstate(over="raise"):
            f = 1 / (1 + np.exp(-z))
    except FloatingPointError:
        # saturated: sigmoid is 0 or 1 there, and flat
        f = (z > 0).astype(float)
        return f, np.zeros_like(f)
    return f, f * (1 - f)
