# linear_backward updates the weights and bias in place first (W -= dW; b -= db, a step of size 1) and
# then computes dx with the moved weights, so dx is wrong too. test_linear_dx names the in-place
# gradient-descent step (not "float32 arithmetic" or a ReLU kink: this notebook has neither); dW and db
# are right and keep their points; the MLP tests run the reference linear_backward when graded.
# fails: test_linear_dx: it moved W by -1 times its gradient: a gradient-descent step
# %% linear_backward
def linear_backward(dy, x, W, b):
    dW = np.outer(dy, x)
    db = dy.copy()
    W -= dW
    b -= db
    dx = W.T @ dy
    return dx, dW, db
