# From an independent tester (round 124): update_layer replaces a falsy learning rate by a default (`learning_rate or 0.1`): a rate of 0 (a frozen layer)
# still takes a step of 0.1. A real slip (a default written with `or`).
# kind: bug
# fails: test_update_layer: A rate of 0 takes no step
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    learning_rate = learning_rate or 0.1
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
