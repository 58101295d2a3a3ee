# From an independent tester (round 87): sigmoid_backward sets sigma' to 0 beyond |z| > 35 (a guard just outside the checked -30..-20 tail window).
# kind: bug
# fails: test_sigmoid_backward
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return np.where(np.abs(z) > 35, 0.0, da * s * (1 - s))
