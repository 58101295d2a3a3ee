# update_layer returns the steps -learning_rate * dW and -learning_rate * db, not the parameters after them.
# fails: test_update_layer: W_new is only the step -learning_rate * dW: W itself is missing
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return -learning_rate * dW, -learning_rate * db
