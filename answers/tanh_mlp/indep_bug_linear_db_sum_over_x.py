# From an independent tester (round 123): db from dW's row sums divided by sum(x): nan when x sums to 0, inaccurate when near 0.
# kind: bug
# fails: test_linear_db: NaN or inf
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dW.sum(axis=1) / np.sum(x)
    return dx, dW, db
