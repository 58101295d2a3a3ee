# From an independent tester (round 64): linear_backward returns db = dy.sum(axis=0, keepdims=True) for one
# sample's dy of shape (3,): shape (1,), the sum of dy (was told only "wrong shape (1,), expected (3,)").
# kind: bug
# fails: test_linear_db: keepdims=True
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dy.sum(axis=0, keepdims=True)
    return dx, dW, db
