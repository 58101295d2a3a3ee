# update_layer steps with the global `lr = 0.05` of the student's experiment cell instead of its argument
# learning_rate (issue 17: a hard-coded step size was told "the factor 2 missing?" or an unnamed factor). The
# test calls it again with another learning rate, sees the same result, and names the step size it uses.
# fails: test_update_layer: the learning rate seems fixed at 0.05
# %% after dense_backward
lr = 0.05  # my learning rate for the experiments below
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - lr * dW, b - lr * db
