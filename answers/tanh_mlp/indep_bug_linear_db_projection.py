# From an independent tester (round 123): db recovered from dW by projecting on x: dW @ x / (x @ x) = dy. nan for an all-zero input (a 0/1 sample of zeros).
# kind: bug
# fails: test_linear_db: NaN or inf
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = W.T @ dy
    dW = np.outer(dy, x)
    db = dW @ x / (x @ x)
    return dx, dW, db
