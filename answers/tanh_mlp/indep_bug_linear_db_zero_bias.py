# From an independent tester (round 117): linear_backward gives no gradient to bias entries that are exactly 0 (db = dy * (b != 0)).
# kind: bug
# fails: test_linear_db: kept only where b != 0
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy * (b != 0)
    return dx, dW, db
