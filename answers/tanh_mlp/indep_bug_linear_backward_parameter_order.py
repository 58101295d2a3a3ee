# From an independent tester (round 65): linear_backward defined with its parameters in another order,
# (x, dy, W, b) for the task's (dy, x, W, b); was told as a shape error, a transpose or a cache.
# kind: bug
# fails: test_linear_dx: the task's parameters in another order
# fails: test_linear_dW: the task's parameters in another order
# fails: test_linear_db: the task's parameters in another order
# %% linear_backward
def linear_backward(x, dy, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
