# linear_backward returns (dW, dx, db): the right gradients in the wrong order.
# fails: test_linear_dx: order
# fails: test_linear_dW: order
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy.copy()
    return dW, dx, db
