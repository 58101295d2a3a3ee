# sigmoid_layer_backward calls sigmoid_backward(z, da): the arguments the other way round.
# fails: test_sigmoid_layer: da and z are swapped (sigmoid_backward(z, da)?)
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    dz = sigmoid_backward(z, da)
    return dense_backward(dz, a_prev)
