# update_layer halves the learning rate from its second call on (a "schedule" kept in a global counter). Round 33:
# the message blamed "the factor 2 from differentiating a square", which update_layer does not do; it now asks
# whether the learning rate changes from one call to the next.
# fails: test_update_layer: is the learning rate changed
# %% update_layer
_CALLS = [0]


def update_layer(W, b, dz, a_prev, learning_rate):
    _CALLS[0] += 1
    lr = learning_rate if _CALLS[0] < 2 else learning_rate / 2
    dW = dz @ a_prev.T / dz.shape[1]
    db = dz.mean(axis=1, keepdims=True)
    return W - lr * dW, b - lr * db
