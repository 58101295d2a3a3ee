# From an independent tester (round 76): yhat squeezes a @ v and adds the axis back with [:, None]: a batch of one gives a 0-d array and IndexError (only at n = 1).
# kind: bug
# fails: test_yhat
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    a = relu(X @ W + b)
    s = np.squeeze(a @ v) + c
    return sigmoid(s)[:, None]
