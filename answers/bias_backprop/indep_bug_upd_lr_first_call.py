# From an independent tester (round 48).
# update_layer keeps the first call's learning rate in a global and uses it at every later call.
# fails: test_update_layer: the learning_rate of an earlier call kept in a global
# self-check: test_update_layer: the learning_rate of an earlier call kept in a global
# %% update_layer
_cfg = {"lr": None}


def update_layer(W, b, dz, a_prev, learning_rate):
    if _cfg["lr"] is None:
        _cfg["lr"] = learning_rate
    dW, db = dense_backward(dz, a_prev)
    return W - _cfg["lr"] * dW, b - _cfg["lr"] * db
