# From an independent tester (round 37).
# yhat writes its output into a buffer reused when the batch shape repeats: an earlier y_hat changes on the next
# call with the same n.
# fails: test_yhat: that its next call changed
# %% yhat
_yb = {}

def yhat(X, params):
    W, b, v, c = params
    out = _yb.setdefault(np.shape(X)[0], np.empty((np.shape(X)[0], 1)))
    out[...] = sigmoid(relu(X @ W + b) @ v + c)
    return out
