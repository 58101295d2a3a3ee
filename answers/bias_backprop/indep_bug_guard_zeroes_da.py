# From an independent tester (round 37).
# sigmoid_backward "cleans" tiny upstream gradients by writing zeros INTO the caller's da (|da| < 1e-3): modifies
# its argument, but only when some entry is that small.
# fails: test_sigmoid_backward: in place
# %% sigmoid_backward
def sigmoid_backward(da, z):
    da[np.abs(da) < 1e-3] = 0.0
    s = sigmoid(z)
    return da * s * (1 - s)
