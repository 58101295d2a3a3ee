# From an independent tester (round 54).
# sigmoid_backward clips z to [-10, 10] "against overflow": sigma'(z) is wrong for |z| > 10 (4.5e-5 instead of nearly
# 0). Every visible cell passed it (the visible z stayed within 2.5), and the hidden check cost it the points.
# fails: test_sigmoid_backward: z is clipped to [-10, 10] before sigma'(z)
# self-check: test_sigmoid_backward: z is clipped to [-10, 10] before sigma'(z)
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zc = np.clip(z, -10, 10)
    s = sigmoid(zc)
    return da * s * (1 - s)
