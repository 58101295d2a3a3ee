# From an independent tester (round 83): linear_backward sums dy into a scalar for db (np.sum(dy)), as if the bias were shared.
# kind: bug
# The hint "np.sum without axis=" led to np.sum(dy, axis=0), still one number for one sample's dy.
# fails: test_linear_db: db = dy itself, nothing to sum
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = np.sum(dy)
    return dx, dW, db
