# From an independent tester (round 56).
# sigmoid_backward zeroes the derivative where |z| > 20 as a "numerical guard" (the student thinks it is
# negligible); wrong only for |z| > 20, i.e. beyond the 18 the visible check's regular values reach.
# kind: bug
# fails: test_sigmoid_backward: a guard that sets sigma'(z) to 0
# self-check: test_sigmoid_backward: a guard that sets sigma'(z) to 0
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return np.where(np.abs(z) > 20, 0.0, da * s * (1 - s))
