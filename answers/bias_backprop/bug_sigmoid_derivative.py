# sigmoid_backward evaluates the derivative as z (1 - z), as if z were the activation sigma(z). Its own test
# fails; sigmoid_layer_backward, which calls it, keeps its points (its test gives it the reference).
# fails: test_sigmoid_backward: the derivative is computed as z (1 - z)
# %% sigmoid_backward
def sigmoid_backward(da, z):
    return da * z * (1 - z)
