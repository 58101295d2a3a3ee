# From an independent tester (round 35).
# NOTE (after grading): message "off by a constant factor 3 = the batch size 3: summed over the batch instead of
# averaged?" -- misleading: the sum is what is asked; the bug is a stray factor 3. Rated 0.
# backward with a stray factor 3 on dz2 (typo); the visible check has N = 3 samples, so the factor equals the batch size.
# fails: test_backward: the batch size 3: multiplied by the batch size?
# fails: test_W2_update
# fails: test_W1_update
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = 3 * (a2 - y)
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
