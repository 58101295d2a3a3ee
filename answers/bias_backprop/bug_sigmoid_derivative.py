# sigmoid_backward evaluates the derivative at z instead of sigmoid(z): da * z * (1 - z).
# fails: test_sigmoid_backward: the derivative is evaluated at z instead of sigma(z)
# fails: test_sigmoid_layer: Gradient check failed
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * z * (1 - z)
