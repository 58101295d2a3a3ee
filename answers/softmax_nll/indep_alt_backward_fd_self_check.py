# From an independent tester (round 67): backward derived by hand, plus an assert comparing dW2[0, 0] with its own
# central difference (tolerance 1e-4). A correct answer: every call the tests make is valid (one-hot targets, weights
# away from saturation), so the assert holds. It lost test_backward once: the check for a result kept between calls
# made its second call with the first call's arrays scaled by 1.5 and shifted by 0.25, targets no longer one-hot,
# where a2 - y is not the gradient and the assert refused the call (only in the draws where the first hidden unit
# was not dead on all three samples, so CI failed on one seed key). That second call now gets another valid network.
# kind: alt
# %% backward
def _loss(x, y, W1, b1, W2, b2):
    return nllm(forward(x, W1, b1, W2, b2)[3], y)

def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    # sanity check of my derivation on one entry (does not change the result)
    eps = 1e-6
    Wp = W2.copy(); Wp[0, 0] += eps
    Wm = W2.copy(); Wm[0, 0] -= eps
    fd = (_loss(x, y, W1, b1, Wp, b2) - _loss(x, y, W1, b1, Wm, b2)) / (2 * eps)
    assert abs(fd - dW2[0, 0]) < 1e-4 * max(1.0, abs(fd)), "derivation disagrees with finite difference"
    return dW1, db1, dW2, db2
