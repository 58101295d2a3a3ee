# Bug: the student clips z to [-5, 5] "to keep exp from overflowing" before taking the derivative, so
# sigma'(z) is wrong for every |z| > 5 (at z = 8: 6.6e-3 instead of 3.4e-4, 20 times too large): saturated
# units get a much too large gradient. (Not the out-of-scope overflow issue: the formula itself is changed.)
# fails: test_sigmoid_backward: z is clipped to [-5, 5] before sigma'(z)
# self-check: test_sigmoid_backward: z is clipped to [-5, 5] before sigma'(z)
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(np.clip(z, -5, 5))
    return da * s * (1 - s)
