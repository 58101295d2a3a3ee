# From an independent tester (round 62): told 'sign flipped and off by a constant factor 0.006375' (the factor was sum(x)).
# linear_backward computes db as the row sums of dW (db = dW.sum(axis=1) = dy * sum(x)) instead of dy.
# kind: bug
# fails: test_linear_db: db is dW summed over its columns
# self-check: test_linear_db: db is dW summed over its columns
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dW.sum(axis=1)
    return dx, dW, db
