# From an independent tester (round 85): sigmoid_backward clips z to [-35, 35] "to avoid overflow": sigma'(z) is wrong (far too large) for |z| > 35 only.
# kind: bug
# fails: test_sigmoid_backward
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zc = np.clip(z, -35.0, 35.0)
    s = sigmoid(zc)
    return da * s * (1 - s)
