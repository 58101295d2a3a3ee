# From an independent tester (round 67): backward derived by hand, plus an assert comparing dW2[0, 0] with its own
# central difference (tolerance 1e-4). For inputs the task allows but where the student's loss overflows (log(0),
# large pre-activations), the difference is nan and the assert refuses the call: backward raises instead of
# returning its gradients, so test_backward is lost, and the message quotes the student's assert.
# kind: other
# fails: test_backward: your own code raises AssertionError
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
