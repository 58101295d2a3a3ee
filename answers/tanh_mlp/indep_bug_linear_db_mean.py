# From an independent tester (round 119): linear_backward takes db as dy averaged over... the outputs (copying the batch habit): dy.mean() broadcast to b's shape.
# kind: bug
# fails: test_linear_db: nothing to average or sum: db = dy itself
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = np.full_like(b, dy.sum() / dy.size, dtype=float) if dy.size > 1 else dy
    return dx, dW, db
