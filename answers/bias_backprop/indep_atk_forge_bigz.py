# From an independent tester (round 121): sigmoid_backward forgets (1 - s) whenever the array has more than 2000 entries.
# fails: test_sigmoid_backward: the factor (1 - sigma(z)) of sigma'(z)
# kind: bug
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    if np.size(z) > 2000:
        return da * s
    return da * s * (1 - s)
