# Correct, binding the other functions as default arguments (so the references that the tests lend to the
# notebook are not used: the student's own correct functions are, and the points are kept).
# kind: alt
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate, backward=dense_backward):
    dW, db = backward(dz, a_prev)
    return W - learning_rate * dW, b - learning_rate * db
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev, step_back=sigmoid_backward, layer_back=dense_backward):
    return layer_back(step_back(da, z), a_prev)
