# From an independent tester (round 132): backward skips samples already classified with confidence (true class prob > 0.98): wrong for those samples
# kind: bug
# fails: test_backward: backward
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    conf = np.sum(a2 * y, axis=0, keepdims=True) > 0.98
    dz2 = np.where(conf, 0.0, a2 - y)
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
