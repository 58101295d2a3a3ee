# From an independent tester (round 106): linear_backward with nested loops into float arrays, returned as a list.
# kind: alt
# score: full
# %% linear_backward
def linear_backward(dy, x, W, b):
    n_out, n_in = W.shape
    dx = np.zeros(n_in)
    dW = np.zeros((n_out, n_in))
    db = np.zeros(n_out)
    for i in range(n_out):
        db[i] = dy[i]
        for j in range(n_in):
            dW[i, j] = dy[i] * x[j]
            dx[j] += W[i, j] * dy[i]
    return [dx, dW, db]
