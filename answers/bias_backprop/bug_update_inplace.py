# update_layer updates W and b in place (W -= ..., as many training loops do) and returns them: the values are
# right, but the notebook asks for new arrays and W, b left unchanged.
# fails: test_update_layer: changed its arguments `W`, `b` in place
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    dW, db = dense_backward(dz, a_prev)
    W -= learning_rate * dW
    b -= learning_rate * db
    return W, b
