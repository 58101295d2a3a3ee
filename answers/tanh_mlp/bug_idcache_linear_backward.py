# linear_backward memoised on id(dy) and id(x): stale when the same arrays come back with other values.
# kind: bug
# fails: test_linear_dx: returned exactly what it had returned for their earlier values
# fails: test_linear_dW: returned exactly what it had returned for their earlier values
# fails: test_linear_db: returned exactly what it had returned for their earlier values
# %% linear_backward
_seen = {}


def linear_backward(dy, x, W, b):
    key = (id(dy), id(x))
    if key not in _seen:
        _seen[key] = (W.T @ dy, np.outer(dy, x), dy.copy())
    return _seen[key]
