# sigmoid_backward with its own central differences (a loop-free one: sigma'(z) ~ (sigma(z+h) - sigma(z-h)) / 2h).
# fails: test_sigmoid_backward: a finite-difference estimate
# %% sigmoid_backward
def sigmoid_backward(da, z):
    h = 1e-5
    slope = (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)
    return da * slope
