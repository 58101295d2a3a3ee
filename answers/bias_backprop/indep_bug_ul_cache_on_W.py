# From an independent tester (round 97): update_layer memoises on W and b only: a second call with the same W, b but new dz, a_prev or learning rate returns the stale step.
# kind: bug
# fails: test_update_layer
# %% update_layer
_ul_cache = {}
def update_layer(W, b, dz, a_prev, learning_rate):
    key = (W.tobytes(), b.tobytes(), W.shape)
    if key not in _ul_cache:
        dW, db = dense_backward(dz, a_prev)
        _ul_cache[key] = (W - learning_rate * dW, b - learning_rate * db)
    return tuple(x.copy() for x in _ul_cache[key])
