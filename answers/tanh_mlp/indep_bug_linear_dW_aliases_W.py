# From an independent tester (round 62): after naming W changed in place, the message asked about a cache between calls.
# linear_backward "preallocates" dW = W (an alias, not a copy) and fills it before computing dx: W is overwritten with dW, and dx is then computed with the overwritten W.
# kind: bug
# fails: test_linear_dx: it writes into W and then reads what it wrote
# self-check: test_linear_dx: it writes into W and then reads what it wrote
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = W
    dW[:, :] = np.outer(dy, x)
    dx = W.T @ dy
    db = dy
    return dx, dW, db
