# From an independent tester (round 106): backward's ReLU derivative is np.heaviside(z1, 1): 1 at z1 = 0, where the prose says take 0.
# kind: bug
# fails: test_backward
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * np.heaviside(z1, 1.0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
