# From an independent tester (round 106): linear_backward memoises its result in a global dict keyed on the bytes of dy and x only (not W), so a new W with the same dy, x gets stale gradients.
# kind: bug
# fails: test_linear_dx: on some of the arguments only
# %% linear_backward
_LB_CACHE = {}

def linear_backward(dy, x, W, b):
    key = (dy.tobytes(), x.tobytes(), dy.shape, x.shape)
    if key not in _LB_CACHE:
        _LB_CACHE[key] = (W.T @ dy, np.outer(dy, x), dy.copy())
    return _LB_CACHE[key]
