# dx taken as "dy/dx = W" summed over outputs, forgetting to weight by dy: dx = W.sum(axis=0).
# fails: test_linear_dx: dy is not used
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = np.sum(W, axis=0)
    dW = np.outer(dy, x)
    db = dy
    return dx, dW, db
