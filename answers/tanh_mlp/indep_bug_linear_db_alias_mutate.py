# From an independent tester (round 109): linear_backward clips dy in place when its norm exceeds 10 (gradient clipping inside the layer): mutates dy and scales all three gradients for large dy.
# kind: bug
# fails: test_linear_dx
# fails: test_linear_dW: scaled down to norm 10
# fails: test_linear_db
# %% linear_backward
def linear_backward(dy, x, W, b):
    n = np.linalg.norm(dy)
    if n > 10:
        dy /= n / 10
    return W.T @ dy, np.outer(dy, x), dy
