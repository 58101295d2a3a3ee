# From an independent tester (round 94): Sigmoid recomputed with a rounded constant e = 2.718 (1/(1+2.718**-z)): relative error grows like 6.7e-5*|z|.
# kind: bug
# fails: test_sigmoid_backward: e rounded to 2.718
# %% sigmoid_backward
def sigmoid_backward(da, z):
    with np.errstate(over='ignore'):
        s = 1.0 / (1.0 + 2.718 ** (-z))
    return da * s * (1 - s)
