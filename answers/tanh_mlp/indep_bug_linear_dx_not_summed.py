# From an independent tester (round 80): Shape slip in linear_backward: dx = W * dy[:, None] (the (out, in) matrix of products), never summed over the outputs.
# kind: bug
# Was told only "wrong shape (3, 2), expected (2,)".
# fails: test_linear_dx: not summed over the outputs i
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W * dy[:, None]
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
