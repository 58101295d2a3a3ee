# From an independent tester (round 68): backward's ReLU mask is taken on the incoming gradient (W2 @ d2 > 0) instead
# of on z1 > 0. The visible check's first data give the same mask, so the bug shows on a later call; its message led
# with "does it keep something from one call to the next" and named the mask only in parentheses. Now the later
# call's diagnosis comes first.
# kind: bug
# fails: test_backward: backward, on a later call with new values: dW1 from backward
# fails: test_W1_update: it builds on your backward
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    d2 = a2 - y
    da1 = W2 @ d2
    d1 = da1 * (da1 > 0)
    return x @ d1.T, d1.sum(axis=1, keepdims=True), a1 @ d2.T, d2.sum(axis=1, keepdims=True)
