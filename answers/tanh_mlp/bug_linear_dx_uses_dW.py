# Bug: dx multiplies dy by the gradient dW^T instead of the weights W^T (confuses dW with W).
# Round 6: the message said only "wrong in all 2 entries".
# fails: test_linear_dx: dx uses dW
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = np.outer(dy, x)
    dx = dW.T @ dy
    db = dy
    return dx, dW, db
