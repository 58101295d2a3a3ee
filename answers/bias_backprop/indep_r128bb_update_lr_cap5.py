# From an independent tester (round 128): update_layer capping the learning rate at 5 "for stability" (the notebook allows any rate; tests use up to 2.5)
# kind: bug
# fails: test_update_layer: capped at 5
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = min(learning_rate, 5.0)
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
