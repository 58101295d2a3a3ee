# From an independent tester (round 35).
# backward: db2 summed over the wrong axis (axis=0, over classes) giving shape (1, N) instead of (n, 1).
# fails: test_backward: db2 from backward (2-4-2 network, N=3 samples): wrong shape (1, 3), expected (2, 1): one entry per sample
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=0, keepdims=True)
    da1 = W2 @ dz2
    dz1 = da1 * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
