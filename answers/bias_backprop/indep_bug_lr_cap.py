# From an independent tester (round 112): update_layer caps the learning rate at 0.1 "to avoid divergence", so larger rates take a smaller step.
# Its message said the learning rate "seems fixed at 0.1"; it now names the cap.
# kind: bug
# fails: test_update_layer: the learning rate is capped at 0.1
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = min(learning_rate, 0.1)
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
