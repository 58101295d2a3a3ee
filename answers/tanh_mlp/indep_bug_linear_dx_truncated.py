# From an independent tester (round 100): linear_backward sums dx over the first 3 outputs only (W[:3].T @ dy[:3]): right when out_features <= 3.
# kind: bug
# fails: test_linear_dx: the first 3 of the 5 outputs only
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W[:3].T @ dy[:3]
    dW = np.outer(dy, x)
    db = dy.copy()
    return dx, dW, db
