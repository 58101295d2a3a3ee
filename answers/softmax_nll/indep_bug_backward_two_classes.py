# From an independent tester (round 118): backward builds dz2 from the first class only (a2[0]-y[0] and its negative): right only for 2 output classes.
# kind: bug
# fails: test_backward: and runs on one with 2 classes
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    d = a2[0:1] - y[0:1]
    dz2 = np.vstack([d, -d])
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
