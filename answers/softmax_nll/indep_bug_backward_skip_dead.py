# From an independent tester (round 132): backward drops samples whose hidden units are all off ("they send no gradient back") -- but b2 still gets one
# kind: bug
# fails: test_backward: backward
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    live = np.any(z1 > 0, axis=0, keepdims=True)
    dz2 = (a2 - y) * live
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
