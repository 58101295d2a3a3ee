# From an independent tester (round 37).
# linear_backward reuses a dW buffer (a function attribute) whenever the shape repeats: a dW returned
# earlier is overwritten by the next call with the same shapes. dx and db are fine.
# fails: test_linear_dW: returned dW, one of the arrays it returns, that its next call changed
# %% linear_backward
def linear_backward(dy, x, W, b):
    buf = getattr(linear_backward, '_dW', None)
    if buf is None or buf.shape != W.shape:
        buf = linear_backward._dW = np.empty(W.shape)
    np.outer(dy, x, out=buf)
    return W.T @ dy, buf, dy.copy()
