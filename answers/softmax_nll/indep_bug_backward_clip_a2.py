# From an independent tester (round 127): backward clips the output probabilities to [0.01, 0.99] "to avoid log(0)"
# before dz2 = a2 - y: wrong gradients whenever an output is saturated (probability under 1 %).
# kind: bug
# fails: test_backward: backward
# fails: test_W2_update: W2_new is not right
# fails: test_W1_update: W1_new is not right
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    a2 = np.clip(a2, 0.01, 0.99)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
