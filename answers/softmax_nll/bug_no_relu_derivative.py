# backward sends the gradient back through the ReLU as if its derivative were 1 everywhere: units that
# are off still pass a gradient to W1. The worked step builds on backward, so W1_new is wrong too (and
# its message says to fix backward first); the output after the step happens to be right (every hidden
# unit is off after this large step either way).
# fails: test_backward: the ReLU derivative is missing
# fails: test_W1_update: it builds on your backward, which gives a wrong result
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = W2 @ dz2
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
