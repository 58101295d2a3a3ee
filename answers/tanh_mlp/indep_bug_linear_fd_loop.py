# From an independent tester: a finite-difference loop for dW (eps 1e-5); kept full marks 1 run in 20
# (its error fell under the old 1e-11 bound).
# dW estimated with the student's own central-difference loop instead of derived (the course forbids it);
# dx and db are analytical.
# fails: test_linear_dW: estimated numerically
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    db = dy
    eps = 1e-5
    dW = np.zeros(W.shape)
    for i in range(W.shape[0]):
        for j in range(W.shape[1]):
            Wp = W.copy(); Wp[i, j] += eps
            Wm = W.copy(); Wm[i, j] -= eps
            dW[i, j] = dy @ (np.dot(Wp, x) + b - (np.dot(Wm, x) + b)) / (2 * eps)
    return dx, dW, db
