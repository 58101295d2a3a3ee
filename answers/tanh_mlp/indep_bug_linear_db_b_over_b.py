# From an independent tester (round 101): linear_backward computes db = dy * (b / b): nan wherever the bias is exactly 0 (e.g. a zero-initialised bias).
# kind: bug
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, W, b):
    with np.errstate(invalid='ignore', divide='ignore'):
        db = dy * (b / b)
    return W.T @ dy, np.outer(dy, x), db
