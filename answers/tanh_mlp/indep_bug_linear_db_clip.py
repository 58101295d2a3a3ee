# From an independent tester (round 96): linear_backward: db = clip(dy, -5, 5), wrong whenever an entry of dy exceeds 5 in magnitude.
# kind: bug
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = np.clip(dy, -5.0, 5.0)
    return dx, dW, db
