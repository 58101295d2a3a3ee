# From an independent tester (round 129): linear_backward clips dx, dW and db to [-1e4, 1e4] (gradient clipping): the tests' dy stop at 60.
# kind: bug
# fails: test_linear_dx: capped
# fails: test_linear_dW: capped
# fails: test_linear_db: capped
# %% linear_backward
def linear_backward(dy, x, W, b):
    c = 1e4
    return np.clip(W.T @ dy, -c, c), np.clip(np.outer(dy, x), -c, c), np.clip(dy, -c, c).astype(float)
