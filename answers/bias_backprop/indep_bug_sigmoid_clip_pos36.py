# From an independent tester (round 115): sigmoid_backward clips z at +36 (to keep 1 - s from rounding to exactly 0), so for z > 36 sigma' stays at ~2e-16, up to many times the true value.
# kind: bug
# fails: test_sigmoid_backward: above the true
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(np.minimum(z, 36.0))
    return da * s * (1 - s)
