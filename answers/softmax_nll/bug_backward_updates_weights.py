# backward also takes the gradient step, updating W1 and W2 in place (W -= 0.5 * dW), against the
# notebook's rule that backward does not change its inputs. The worked step (the model answer, which
# calls backward on W1 and W2) then steps twice: the answers that build on backward say why. (The output
# after the step is right all the same: every hidden unit is off after either step, leaving softmax(b2).)
# fails: test_backward: backward changed its argument W1 in place
# fails: test_W2_update: it builds on your backward, which modifies its inputs in place
# fails: test_W1_update: it builds on your backward, which modifies its inputs in place
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    dW1 = x @ dz1.T
    db1 = np.sum(dz1, axis=1, keepdims=True)
    W1 -= 0.5 * dW1  # take the step while we are at it
    W2 -= 0.5 * dW2
    return dW1, db1, dW2, db2
