# Bug: backward returns the gradients output layer first, (dW2, db2, dW1, db1) -- the order in which they are
# computed -- instead of the documented (dW1, db1, dW2, db2). The student's worked cell unpacks in the same
# (wrong) order, so the worked values stay right; only test_backward should fail, and the message should say
# that the order is wrong.
# fails: test_backward: returns the gradients in the order (dW2, db2, dW1, db1)
# %% backward
def backward(x, y, W1, b1, W2, b2):
    """Gradients, output layer first."""
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1, keepdims=True)
    return dW2, db2, dW1, db1
# %% network_update_worked
# Store your answers in: W2_new, W1_new
gW2, gb2, gW1, gb1 = backward(x_net, y_net, W1, b1, W2, b2)
W2_new = W2 - 0.5 * gW2
W1_new = W1 - 0.5 * gW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
