# From an independent tester (round 76): linear_backward computes dx = dy @ W.T (transpose slip): crashes for non-square W (so dW and db of the same call are lost too), and is silently wrong for square W.
# kind: bug
# fails: test_linear_dx
# fails: test_linear_dW
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = dy @ W.T
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
