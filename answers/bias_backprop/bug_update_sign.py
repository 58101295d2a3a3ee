# update_layer adds the gradient: the step goes uphill.
# fails: test_update_layer: the step goes uphill
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    return W + learning_rate * dW, b + learning_rate * db
