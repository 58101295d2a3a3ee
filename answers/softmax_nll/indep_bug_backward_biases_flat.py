# From an independent tester (round 61): db1 and db2 both flat; the message named db2 only.
# backward sums the bias gradients without keepdims: db1 has shape (h,) and db2 (n,) instead of (h, 1) and (n, 1).
# kind: bug
# fails: test_backward: returns the right numbers in the wrong shapes: db1 has shape (4,), not (4, 1), db2 has shape (2,), not (2, 1)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1)
    return dW1, db1, dW2, db2
