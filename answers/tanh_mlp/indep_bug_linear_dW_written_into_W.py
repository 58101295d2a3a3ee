# From an independent tester (round 74): linear_backward makes dW an alias of W (dW = W; dW[:] = outer(dy, x)), so the caller's weights are overwritten by the gradient; the returned values are right.
# kind: bug
# fails: test_linear_dx
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = W
    dW[:] = np.outer(dy, x)
    db = dy
    return dx, dW, db
