# From an independent tester (round 83): sigmoid_backward: clips z to [-15, 15] to "avoid overflow", which changes sigma'(z) in the tails.
# kind: bug
# "Worst relative error 1.11e-03" beside values 20 times apart read as a mistake of the grader.
# fails: test_sigmoid_backward: a thousandth of the largest expected entry
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zc = np.clip(z, -15, 15)
    s = 1 / (1 + np.exp(-zc))
    return da * s * (1 - s)
