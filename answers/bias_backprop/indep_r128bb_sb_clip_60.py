# From an independent tester (round 128): sigmoid_backward with z clipped to [-60, 60] "so np.exp cannot overflow" (sigma'(60) = 9e-27 stands many times above the true value beyond)
# kind: bug
# fails: test_sigmoid_backward: is z clipped
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(np.clip(z, -60.0, 60.0))
    return da * s * (1.0 - s)
