# From an independent tester (round 48).
# linear_backward adds into dx = np.zeros_like(x): an integer x gives an integer dx, and dx += float raises.
# The message blamed sizes written into the code (the integer x is tried on another layer size).
# fails: test_linear_dx: when x holds integers
# fails: test_linear_dW: when x holds integers
# fails: test_linear_db: when x holds integers
# self-check: test_linear_dx: when x holds integers
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.zeros_like(x)
    dW = np.zeros_like(W)
    for i in range(W.shape[0]):
        dx += dy[i] * W[i]
        dW[i] = dy[i] * x
    db = dy.copy()
    return dx, dW, db
