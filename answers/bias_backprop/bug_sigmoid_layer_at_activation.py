# sigmoid_layer_backward hands sigmoid_backward the activation sigma(z) instead of z: the derivative is taken
# at the activation instead of at the pre-activation.
# fails: test_sigmoid_layer: takes the sigmoid derivative at the activation a = sigma(z) instead of the pre-activation z
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    a = sigmoid(z)
    return dense_backward(sigmoid_backward(da, a), a_prev)
