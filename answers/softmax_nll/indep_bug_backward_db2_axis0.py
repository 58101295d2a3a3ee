# From an independent tester (round 90): backward sums db2 and db1 over the wrong axis (axis=0, over classes/units) instead of over samples, then reshapes.
# kind: bug
# fails: test_backward: summed over the classes (axis=0)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=0).reshape(-1, 1)[:dz2.shape[0]]
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
