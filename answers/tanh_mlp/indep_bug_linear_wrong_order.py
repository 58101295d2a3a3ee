# From an independent tester (round 81): linear_backward returns the right numbers in the wrong order: (dW, dx, db) instead of (dx, dW, db).
# kind: bug
# Its message added "It gives the same dx for twice W: does it keep something ...?" (item 0 was dW).
# fails: test_linear_dx: returned its gradients in the wrong order (dW, dx, db)
# fails: test_linear_dW
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy
    return dW, dx, db
