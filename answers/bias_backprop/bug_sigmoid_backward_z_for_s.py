# sigmoid_backward writes z where sigma(z) belongs in one of the two factors: da * z * (1 - sigma(z)).
# fails: test_sigmoid_backward: dz = da * z * (1 - s) with s = sigmoid(z), not da * s * (1 - s): z, the pre-activation, is used where s = sigmoid(z) belongs
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * z * (1 - s)
