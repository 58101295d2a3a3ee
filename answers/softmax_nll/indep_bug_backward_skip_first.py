# From an independent tester (round 76): backward loops over samples with range(1, N): it skips the first sample, so for a batch of one every gradient is zero; the section-5 step builds on it.
# kind: bug
# fails: test_backward: the first sample (column 0) is left out
# fails: test_W1_update
# fails: test_W2_update
# fails: test_output_after
# %% backward
def backward(x, y, W1, b1, W2, b2):
    dW1 = np.zeros(W1.shape); db1 = np.zeros(b1.shape)
    dW2 = np.zeros(W2.shape); db2 = np.zeros(b2.shape)
    for t in range(1, x.shape[1]):
        xt = x[:, t:t + 1]
        yt = y[:, t:t + 1]
        z1, a1, z2, a2 = forward(xt, W1, b1, W2, b2)
        dz2 = a2 - yt
        dz1 = (W2 @ dz2) * (z1 > 0)
        dW2 += a1 @ dz2.T
        db2 += dz2
        dW1 += xt @ dz1.T
        db1 += dz1
    return dW1, db1, dW2, db2
