# From an independent tester (round 56): passed its own visible cell.
# np.squeeze on dW "to clean up shapes": wrong shape only when out_features or in_features is 1.
# kind: bug
# fails: test_linear_dW: wrong shape (2,)
# self-check: test_linear_dW: wrong shape (2,), expected (2, 1)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.squeeze(np.outer(dy, x))
    db = dy
    return dx, dW, db
