# sigmoid_layer_backward multiplies by sigma'(z) itself and then calls sigmoid_backward, which does it again:
# an extra factor sigma(z) (1 - sigma(z)).
# fails: test_sigmoid_layer: applies the sigmoid derivative twice
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    dz = sigmoid_backward(da * s * (1 - s), z)
    return dense_backward(dz, a_prev)
