# Using a global instead of the argument: update_layer uses a module-level lr = 0.1 (the visible check's value)
# and ignores learning_rate. The visible check passes; hidden checks with other learning rates must fail.
# fails: test_update_layer: fixed at 0.1
# %% update_layer
lr = 0.1


def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
