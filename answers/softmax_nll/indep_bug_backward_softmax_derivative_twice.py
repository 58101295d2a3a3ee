# From an independent tester (round 8): the message blamed rows, not the extra a2 * (1 - a2).
# backward multiplies a2 - y by the softmax's diagonal derivative a2 (1 - a2) once more (double-counts the
# activation: a2 - y is already dL/dz2).
# fails: test_backward: a2 * (1 - a2) once more
# fails: test_W2_update: backward
# fails: test_W1_update: backward
# fails: test_output_after
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = (a2 - y) * a2 * (1 - a2)
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, dz1.sum(axis=1, keepdims=True), a1 @ dz2.T, dz2.sum(axis=1, keepdims=True)
