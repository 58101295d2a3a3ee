# From an independent tester (round 128): sigmoid_backward with a floor under sigma' at 1e-30 (outside the -46..34 window the tests scan): many times above the true value beyond |z| ~ 69
# kind: bug
# fails: test_sigmoid_backward: is sigma' floored
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    return da * np.maximum(s * (1.0 - s), 1e-30)
