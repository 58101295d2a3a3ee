# linear_backward returns db = 1 for every bias ("the derivative of W x + b with respect to b is 1"),
# forgetting to multiply by the incoming gradient dy.
# fails: test_linear_db: the bias gradient is dy itself
# fails: test_mlp_backward: Gradient check failed
# fails: test_full_backprop: Gradient check failed
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = np.ones_like(b)
    return dx, dW, db
