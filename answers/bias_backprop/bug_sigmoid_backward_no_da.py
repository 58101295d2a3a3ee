# sigmoid_backward returns sigma'(z) alone, forgetting to multiply by the incoming gradient da.
# fails: test_sigmoid_backward: the incoming gradient da is not multiplied in
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return s * (1 - s)
