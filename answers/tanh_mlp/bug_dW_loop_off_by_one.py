# linear_backward fills dW in a double loop whose row range stops one short (range(n_out - 1)): the last
# row of dW stays zero. The message locates exactly that row, and says the other rows are right
# (the old checker said "every other row is right", which reads as "alternate rows").
# fails: test_linear_dW: exactly rows [2]; the other rows are right
# %% linear_backward
def linear_backward(dy, x, W, b):
    n_out, n_in = W.shape
    dW = np.zeros((n_out, n_in))
    for i in range(n_out - 1):
        for j in range(n_in):
            dW[i, j] = dy[i] * x[j]
    return W.T @ dy, dW, dy.copy()
