# Correct: net_f_df with a numerically stable two-branch sigmoid under np.errstate, warnings.warn on NaN input,
# a debug print to sys.stderr, and contextlib.suppress around a harmless optional check.
# kind: alt
# %% net_f_df
import sys
import warnings
import contextlib

def net_f_df(z, verbose=False):
    z = np.asarray(z, dtype=float)
    if np.isnan(z).any():
        warnings.warn("net_f_df got NaN pre-activations", RuntimeWarning)
    with np.errstate(over="ignore", under="ignore"):
        e = np.exp(-np.abs(z))
        f = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    df = f * (1 - f)
    if verbose:
        print("net_f_df:", z.shape, file=sys.stderr)
    with contextlib.suppress(AssertionError):
        assert f.shape == z.shape
    return f, df
