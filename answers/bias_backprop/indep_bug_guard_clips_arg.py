# From an independent tester (round 37).
# sigmoid_backward guards large |z| by clipping z IN PLACE, only when some |z| > 15 (so only at the edges);
# modifies the argument z (and for |z|>15 computes sigma'(15) instead of sigma'(z): tiny absolute error).
# fails: test_sigmoid_backward: in place
# %% sigmoid_backward
def sigmoid_backward(da, z):
    if np.abs(z).max() > 15:
        np.clip(z, -15, 15, out=z)
    s = sigmoid(z)
    return da * s * (1 - s)
