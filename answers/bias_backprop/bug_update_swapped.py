# update_layer returns its pair in the wrong order, (b_new, W_new).
# fails: test_update_layer: returned (b_new, W_new)
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return b - learning_rate * db, W - learning_rate * dW
