# From an independent tester (round 93): bug_yhat_cache_ignores_params after following the message literally (it says the sigmoid input sign is flipped, so the student negates it): still the stale cache, now also a real sign flip.
# kind: bug
# fails: test_yhat
# %% yhat
_yhat_cache = {}


def yhat(X, params):
    W, b, v, c = params
    key = (X.shape, X.tobytes())
    if key not in _yhat_cache:
        _yhat_cache[key] = sigmoid(-(relu(X @ W + b) @ v + c))
    return _yhat_cache[key].copy()
