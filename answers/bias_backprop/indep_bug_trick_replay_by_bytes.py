# From an independent tester (round 89): Slip dressed as a trick: sigmoid_backward caches its result by a hash of the bytes of z alone, so a later call with the same z and a different da returns the old da * sigma'(z).
# kind: bug
# fails: test_sigmoid_backward: returned exactly what an earlier call with other values had returned
# %% sigmoid_backward
import hashlib as _h
_memo = {}
def sigmoid_backward(da, z):
    k = _h.sha1(np.ascontiguousarray(z).tobytes()).hexdigest()
    if k in _memo:
        return _memo[k].copy()
    s = sigmoid(z)
    out = da * s * (1 - s)
    _memo[k] = out
    return out.copy()
