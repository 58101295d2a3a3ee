# From an independent tester (round 106): linear_backward memoises its result in a global dict keyed on x and W only (not dy), so a new dy with the same layer and input gets stale gradients.
# kind: bug
# fails: test_linear_dx: on some of the arguments only
# fails: test_linear_dW: on some of the arguments only
# fails: test_linear_db: on some of the arguments only
# %% linear_backward
_LB_CACHE2 = {}

def linear_backward(dy, x, W, b):
    key = (x.tobytes(), W.tobytes(), x.shape, W.shape, str(x.dtype), str(W.dtype))
    if key not in _LB_CACHE2:
        _LB_CACHE2[key] = (W.T @ dy, np.outer(dy, x), dy.copy())
    return _LB_CACHE2[key]
