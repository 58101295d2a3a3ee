# From an independent tester (round 62): the message pointed at the step through the ReLU, not at z1 used in place of its derivative.
# backward multiplies by z1 instead of by the ReLU derivative (z1 > 0): dz1 = (W2 @ dz2) * z1.
# kind: bug
# fails: test_backward: it multiplies by z1 itself instead of ReLU's derivative
# fails: test_W1_update
# fails: test_output_after
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * z1
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW1, db1, dW2, db2
