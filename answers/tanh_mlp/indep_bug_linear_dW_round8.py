# From an independent tester (round 129): linear_backward rounds dW to 8 decimals (a slip left from printing it neatly): entries below 5e-9 become 0 and all
# are off by up to 5e-9.
# kind: bug
# fails: test_linear_dW: rounded to 8 decimals
# %% linear_backward
def linear_backward(dy, x, W, b):
    return W.T @ dy, np.round(np.outer(dy, x), 8), np.array(dy, dtype=float)
