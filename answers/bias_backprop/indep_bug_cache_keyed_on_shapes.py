# From an independent tester (round 17): a cache keyed on the shapes, filled by test_dense_backward_dW's calls, made
# test_dense_backward_db's first call stale; its message was a bare gradient-check failure.
# Bug with state kept between calls: the student "speeds up" dense_backward by memoising on the SHAPES of
# the inputs (thinking the shape identifies the problem). The first call is right; every later call with
# the same shapes but different data returns the stale gradients of the first call.
# fails: test_dense_backward_dW
# fails: test_dense_backward_db: same result for other values of the same shapes
# %% dense_backward
_memo = {}


def dense_backward(dz, a_prev):
    key = (dz.shape, a_prev.shape)
    if key not in _memo:
        B = dz.shape[1]
        _memo[key] = (dz @ a_prev.T / B, dz.mean(axis=1, keepdims=True))
    return _memo[key]
