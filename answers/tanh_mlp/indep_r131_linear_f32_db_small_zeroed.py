# From an independent tester (round 131): Bug: a float32 linear_backward that zeroes db entries below 1e-5 of the largest ("noise").
# kind: bug
# fails: test_linear_db: more than float32 rounding allows
# %% linear_backward
def linear_backward(dy, x, W, b):
    dy = np.asarray(dy, dtype=np.float32)
    dx = W.T.astype(np.float32) @ dy
    dW = np.outer(dy, np.asarray(x, dtype=np.float32))
    db = np.where(np.abs(dy) < 1e-5 * np.abs(dy).max(), np.float32(0), dy)
    return dx, dW, db
