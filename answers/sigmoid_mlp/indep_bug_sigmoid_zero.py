# A "stable" sigmoid filled with boolean masks z > 0 and z < 0, starting from np.zeros_like(z): the
# entries where z is exactly 0 are never filled, so f(0) = 0 (not 0.5) and f'(0) = 0 (not 0.25).
# Random float test inputs never hit exactly 0; a test needs z = 0 in its data (biases zero and zero
# inputs, as init_net's biases are zero).
# Round 34: kept the point (no checked z was exactly 0); a hidden check now has zeros.
# fails: test_net_f_df: wrong exactly where z = 0
# %% net_f_df
def net_f_df(z):
    z = np.asarray(z, dtype=float)
    f = np.zeros_like(z)
    pos = z > 0
    neg = z < 0
    f[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[neg])
    f[neg] = e / (1.0 + e)
    return f, f * (1 - f)
