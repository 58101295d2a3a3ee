# Round 38. backward returns db1 with shape (h,) (sum without keepdims) instead of (h, 1).
# fails: test_backward: same 4 numbers in another shape (values right).
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1)
    return dW1, db1, dW2, db2
