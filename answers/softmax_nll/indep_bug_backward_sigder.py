# From an independent tester (round 35).
# backward uses the sigmoid derivative sigma(z1)(1 - sigma(z1)) for the hidden layer instead of the ReLU step.
# In the worked example every hidden pre-activation is far from 0... no: the derivative is < 1 everywhere, so W1_new is wrong too.
# fails: test_backward: it multiplies by the sigmoid's derivative sigma(z1)(1 - sigma(z1))
# fails: test_W1_update
# fails: test_output_after
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    s = 1 / (1 + np.exp(-z1))
    dz1 = (W2 @ dz2) * s * (1 - s)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
