# From an independent tester (round 126): backward's ReLU mask taken from a1 cast to float32 (a1.astype(np.float32) != 0): z1 in (0, 1.4e-45) counts as off.
# kind: bug
# fails: test_backward: whose z1 is 1e-300
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (a1.astype(np.float32) != 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
