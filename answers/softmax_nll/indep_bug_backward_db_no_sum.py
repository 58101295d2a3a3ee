# Bug: the bias gradients are not summed over the batch: db2 = dz2, db1 = dz1 (shape (n, N), (h, N)).
# Right for a single sample (so the worked cells are fine), wrong for a batch.
# fails: test_backward: sum over the batch axis (the loss sums the samples' losses, so its gradient sums theirs). db1 has the same slip.
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = dz1
    return dW1, db1, dW2, db2
