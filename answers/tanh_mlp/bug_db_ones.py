# linear_backward returns db = 1 for every bias ("the derivative of W x + b with respect to b is 1"),
# forgetting to multiply by the incoming gradient dy. Only test_linear_db is charged.
# fails: test_linear_db: db is all ones: dy_i/db_i = 1 is only the local derivative
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = np.ones_like(b)
    return dx, dW, db
