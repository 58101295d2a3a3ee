# dense_backward memoised on id(dz) and id(a_prev): right on new arrays, stale when a training loop passes the same
# arrays again with other values (session 40: with the kernel holding a cell's arguments, only the same-objects check
# of each test sees it).
# kind: bug
# fails: test_dense_backward_dW: returned exactly what it had returned for their earlier values
# fails: test_dense_backward_db: returned exactly what it had returned for their earlier values
# %% dense_backward
_seen = {}


def dense_backward(dz, a_prev):
    key = (id(dz), id(a_prev))
    if key not in _seen:
        _seen[key] = (dz @ a_prev.T / a_prev.shape[1], dz.mean(axis=1, keepdims=True))
    return _seen[key]
