# update_layer multiplies the bias step by the learning rate twice. The factor is named as the learning rate
# itself ("0.1 = the learning rate"), not printed as "0.1 = 0.1" (issue 17).
# fails: test_update_layer: off by a constant factor 0.1 = the learning rate: the step is multiplied by the learning rate twice
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * learning_rate * db
