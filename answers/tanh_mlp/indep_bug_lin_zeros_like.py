# From an independent tester (round 42).
# linear_backward fills dx = np.zeros_like(x) in a loop: dx inherits x's dtype, so an integer x truncates dx.
# fails: test_linear_dx: it is an array of integers
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.zeros_like(x)
    for j in range(W.shape[1]):
        dx[j] = np.sum(W[:, j] * dy)
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
