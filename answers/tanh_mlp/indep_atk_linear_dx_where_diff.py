# From an independent tester (round 126): dx[k] = dy@(W@x_k+) - dy@(W@x_k-) with x moved by ±0.5 via np.where(idx==k); own W@x, no linear_forward.
# kind: other
# flagged: takes the difference of one computation at x + c and at x - c
# %% linear_backward
def linear_backward(dy, x, W, b):
    x = np.asarray(x, dtype=float)
    idx = np.arange(x.size)
    dx = np.array([dy @ (W @ np.where(idx == k, x + 0.5, x)) - dy @ (W @ np.where(idx == k, x - 0.5, x)) for k in idx])
    dW = np.outer(dy, x)
    db = dy.astype(float)
    return dx, dW, db
