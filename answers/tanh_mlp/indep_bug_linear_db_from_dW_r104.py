# From an independent tester (round 104): linear_backward derives db from dW's first column divided by x[0]: nan/inf (or wrong) whenever x[0] == 0, e.g. 0/1 data.
# kind: bug
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = np.outer(dy, x)
    dx = W.T @ dy
    with np.errstate(divide='ignore', invalid='ignore'):
        db = dW[:, 0] / x[0]     # dW[i, 0] = dy[i] * x[0]
    return dx, dW, db
