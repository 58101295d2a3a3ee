# Derivative evaluated at the wrong variable: the student mixed up the two arguments and evaluated sigma' at
# the incoming gradient da instead of at the pre-activation z: dz = da * sigma(da) (1 - sigma(da)).
# fails: test_sigmoid_backward: the derivative is taken at da
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(da)
    return da * s * (1 - s)
