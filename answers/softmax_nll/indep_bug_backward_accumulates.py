# From an independent tester (round 74): backward keeps running totals in a mutable default argument and adds each call's gradients to them (+=), so a second call returns the sum of both calls.
# kind: bug
# fails: test_backward
# fails: test_W2_update
# fails: test_W1_update
# %% backward
def backward(x, y, W1, b1, W2, b2, _totals=[]):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    new = [dW1, db1, dW2, db2]
    if not _totals or any(t.shape != g.shape for t, g in zip(_totals, new)):
        _totals[:] = [np.zeros_like(g) for g in new]
    for t, g in zip(_totals, new):
        t += g
    return tuple(_totals)
