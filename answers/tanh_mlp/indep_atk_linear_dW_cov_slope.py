# From an independent tester (round 126): dW[i,j] = np.cov slope of the bilinear cost dy@(V x) over V_ij in {-1, +1} (V otherwise zero).
# kind: other
# flagged: calls numpy.co
# %% linear_backward
def linear_backward(dy, x, W, b):
    x = np.asarray(x, dtype=float)
    dy = np.asarray(dy, dtype=float)
    dW = np.empty(W.shape)
    for i in range(W.shape[0]):
        for j in range(W.shape[1]):
            vals = []
            for s in (-1.0, 1.0):
                V = np.zeros(W.shape)
                V[i, j] = s
                vals.append(dy @ (V @ x))
            c = np.cov([-1.0, 1.0], vals)
            dW[i, j] = c[0, 1] / c[0, 0]
    dx = W.T @ dy
    db = dy.copy()
    return dx, dW, db
