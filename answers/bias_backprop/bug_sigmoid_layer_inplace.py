# sigmoid_layer_backward writes the sigmoid step into da (da *= ...): the caller's da is changed.
# fails: test_sigmoid_layer: changed its argument `da` in place
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z)
    da *= s * (1 - s)
    return dense_backward(da, a_prev)
