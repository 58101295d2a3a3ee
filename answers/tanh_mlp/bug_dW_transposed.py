# linear_backward returns dW = x dy^T, the transpose of the right gradient.
# fails: test_linear_dW: transposed
# fails: test_mlp_backward: transposed
# fails: test_full_backprop: transposed
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(x, dy)
    db = dy
    return dx, dW, db
