# From an independent tester (round 101): update_layer caps the learning rate at 1 "to avoid divergence": the step is wrong for any learning rate above 1.
# kind: bug
# fails: test_update_layer: Is the rate capped at 1
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = min(learning_rate, 1.0)
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
