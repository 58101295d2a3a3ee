# From an independent helper who had not read the tests (it kept 50/50: random data never hits z = 0).
# ReLU derivative taken as 1 at z = 0 (mask z1 >= 0), although the task text says "take 0 at z = 0";
# differs from the specified backward only where a hidden pre-activation is exactly 0.
# fails: test_backward: the task says to take 0 there
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 >= 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    return dW1, db1, dW2, db2
