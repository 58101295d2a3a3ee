# From an independent tester (round 106): bug_lr_rounded after the grader's advice "use learning_rate as it is passed in": the rounding is gone.
# kind: other
# score: full
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    lr = learning_rate
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
