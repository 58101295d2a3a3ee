# From an independent tester (round 96): nll_gradient memoised on x and a but not y: a later call with the same x, a and other targets returns a stale gradient.
# kind: bug
# fails: test_nll_gradient: returned exactly what an earlier call with other values had returned
# %% nll_gradient
_g_cache = {}
def nll_gradient(x, a, y):
    x = np.asarray(x, float); a = np.asarray(a, float)
    k = (x.shape, x.tobytes(), a.shape, a.tobytes())
    if k not in _g_cache:
        _g_cache[k] = x @ (a - y).T
    return _g_cache[k].copy()
