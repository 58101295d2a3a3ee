# From an independent tester (round 102): linear_backward memoises its gradients keyed on x's bytes only (forgetting dy and W): stale results for a new dy.
# kind: bug
# fails: test_linear_dx: keep results from one call to the next
# fails: test_linear_dW
# fails: test_linear_db
# %% linear_backward
_cache = {}
def linear_backward(dy, x, W, b):
    key = (np.asarray(x).tobytes(), W.shape)
    if key not in _cache:
        _cache[key] = (W.T @ dy, np.outer(dy, x), dy.copy())
    return _cache[key]
