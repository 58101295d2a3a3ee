# sigmoid_backward multiplies da in place and returns it: right values, but the caller's da is overwritten.
# fails: test_sigmoid_backward: changed its argument `da` in place
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    da *= s * (1 - s)
    return da
