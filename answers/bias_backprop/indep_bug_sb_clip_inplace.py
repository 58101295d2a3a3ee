# From an independent tester (round 44).
# Bug in sigmoid_backward: clips z in place (np.clip(..., out=z)) to silence overflow warnings, so the caller's z changes when |z| > 30.
# fails: test_sigmoid_backward: changed `z` in place when given z with entries far
# %% sigmoid_backward
def sigmoid_backward(da, z):
    np.clip(z, -30, 30, out=z)
    s = sigmoid(z)
    return da * s * (1 - s)
