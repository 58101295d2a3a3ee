# From an independent tester (round 86): yhat memoises on id(X) only ('the same batch is evaluated again and again during training'): a call with the same X and different params returns the old output.
# kind: bug
# fails: test_yhat
# %% yhat
_YHAT_CACHE = {}


def yhat(X, params):
    W, b, v, c = params
    key = id(X)
    if key not in _YHAT_CACHE:
        _YHAT_CACHE[key] = sigmoid(relu(X @ W + b) @ v + c)
    return _YHAT_CACHE[key]

