# update_layer forgets the learning rate: W - dW, b - db.
# fails: test_update_layer: the step is not multiplied by the learning rate (W - dW)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - dW, b - db
