# From an independent tester (round 96): dense_forward memoised on W, b, the activation and the shapes but not the values of a_prev: a new batch of the same shape through the same layer returns the old z, a.
# kind: bug
# fails: test_dense_forward: returned exactly what an earlier call
# %% dense_forward
_fw_cache = {}


def dense_forward(W, b, a_prev, activation):
    key = (W.tobytes(), b.tobytes(), W.shape, a_prev.shape, activation)
    if key not in _fw_cache:
        z = W @ a_prev + b
        _fw_cache[key] = (z, activation(z))
    return _fw_cache[key]
