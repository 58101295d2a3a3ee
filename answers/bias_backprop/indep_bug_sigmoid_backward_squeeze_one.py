# From an independent tester (round 55).
# sigmoid_backward squeezes its result: a batch of one sample gives shape (N,). No visible check had a batch of one.
# fails: test_sigmoid_backward: wrong shape
# self-check: test_sigmoid_backward: wrong shape (3,), expected (3, 1)
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z)
    dz = da * s * (1 - s)
    if dz.ndim == 2 and dz.shape[1] == 1:
        dz = dz[:, 0]
    return dz
