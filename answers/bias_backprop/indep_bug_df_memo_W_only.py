# From an independent tester (round 96): dense_forward memoised on W and b only: a second call with the same layer and a new a_prev returns the old z, a.
# kind: bug
# fails: test_dense_forward: a result kept from an earlier call with these W and b
# %% dense_forward
_fw_cache = {}


def dense_forward(W, b, a_prev, activation):
    key = (W.tobytes(), b.tobytes(), W.shape, a_prev.shape)
    if key not in _fw_cache:
        z = W @ a_prev + b
        _fw_cache[key] = (z, activation(z))
    return _fw_cache[key]
