# From an independent tester (round 97): backward memoised on x, W1 and W2 only: a later call with other targets y or other biases returns the stale gradients.
# kind: bug
# fails: test_backward
# %% backward
_bw_memo = {}
def backward(x, y, W1, b1, W2, b2):
    key = tuple(np.asarray(v, dtype=float).tobytes() for v in (x, W1, W2))
    if key not in _bw_memo:
        z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
        dz2 = a2 - y
        dz1 = (W2 @ dz2) * (z1 > 0)
        _bw_memo[key] = (x @ dz1.T, dz1.sum(1, keepdims=True), a1 @ dz2.T, dz2.sum(1, keepdims=True))
    return tuple(v.copy() for v in _bw_memo[key])
