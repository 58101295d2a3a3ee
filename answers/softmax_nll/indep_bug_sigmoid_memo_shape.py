# From an independent tester (round 86): sigmoid memoised on the input's shape only ("skip recomputation when called again"): a second call with new values of the same shape returns the first call's result.
# kind: bug
# fails: test_sigmoid
# %% sigmoid
_sig_cache = {}


def sigmoid(z):
    z = np.asarray(z, dtype=float)
    key = z.shape
    if key not in _sig_cache:
        _sig_cache[key] = 1.0 / (1.0 + np.exp(-z))
    return _sig_cache[key].copy()
