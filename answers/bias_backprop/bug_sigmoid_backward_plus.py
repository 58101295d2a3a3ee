# sigmoid_backward uses s (1 + s): the sign inside sigma'(z) = s (1 - s) is flipped.
# fails: test_sigmoid_backward: the sign inside a(1 - a) is flipped
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * s * (1 + s)
