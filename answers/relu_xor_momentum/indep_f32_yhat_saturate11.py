# From an independent tester (round 132): yhat in float32 with its own sigmoid saturating to 0 / 1 beyond |s| = 11.
# kind: bug
# fails: test_yhat: yhat
# %% yhat
def yhat(X, params):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    s = relu(np.asarray(X, dtype=np.float32) @ W + b) @ v + c
    p = np.float32(1) / (np.float32(1) + np.exp(-s))
    return np.where(s > 11, np.float32(1), np.where(s < -11, np.float32(0), p)).astype(np.float32)
