# From an independent tester (round 127): dW from costs dy@(W' x) with W' = W +- 0.5 * (a one-hot from np.kron of unit rows), differenced.
# kind: other
# flagged: takes the difference of one computation
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy = np.asarray(dy, dtype=float)
    x = np.asarray(x, dtype=float)
    m, n = W.shape
    I = np.tri(m * n) - np.tri(m * n, k=-1)
    dW = np.empty(m * n)
    for k in range(m * n):
        M = I[k].reshape(m, n) * 0.5
        dW[k] = dy @ ((W + M) @ x) - dy @ ((W - M) @ x)
    dx = W.T @ dy
    db = dy.copy()
    return dx, dW.reshape(m, n), db
