# From an independent tester (round 74): update_layer caches the gradients on a function attribute keyed by the shapes of dz and a_prev: a later call with new values of the same shapes reuses the old gradients.
# kind: bug
# fails: test_update_layer
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    cache = update_layer.__dict__.setdefault("cache", {})
    key = (dz.shape, a_prev.shape)
    if key not in cache:
        cache[key] = dense_backward(dz, a_prev)
    dW, db = cache[key]
    return W - learning_rate * dW, b - learning_rate * db
