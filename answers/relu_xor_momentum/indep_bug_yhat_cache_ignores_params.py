# From an independent tester (round 93): yhat memoises its result keyed on X only: a second call with the same X but other params returns the stale output.
# kind: bug
# fails: test_yhat: returned exactly what it had returned for the first parameters
# %% yhat
_yhat_cache = {}


def yhat(X, params):
    W, b, v, c = params
    key = (X.shape, X.tobytes())
    if key not in _yhat_cache:
        _yhat_cache[key] = sigmoid(relu(X @ W + b) @ v + c)
    return _yhat_cache[key].copy()
