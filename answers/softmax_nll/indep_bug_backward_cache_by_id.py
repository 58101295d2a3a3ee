# From an independent tester (round 64): backward caches the forward pass by id(x) in a module-level dict.
# kind: bug
# fails: test_backward
# %% backward
_fwd_cache = {}
def backward(x, y, W1, b1, W2, b2):
    key = id(x)
    if key not in _fwd_cache:
        _fwd_cache[key] = forward(x, W1, b1, W2, b2)
    z1, a1, z2, a2 = _fwd_cache[key]
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
