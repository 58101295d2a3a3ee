# From an independent tester (round 132): float32 forward whose softmax drops classes more than 11 below the top
# kind: bug
# fails: test_forward: a cut-off
# %% forward
def forward(x, W1, b1, W2, b2):
    x, W1, b1, W2, b2 = (np.asarray(v, dtype=np.float32) for v in (x, W1, b1, W2, b2))
    z1 = W1.T @ x + b1
    a1 = np.maximum(z1, np.float32(0))
    z2 = W2.T @ a1 + b2
    u = z2 - np.max(z2, axis=0, keepdims=True)
    e = np.where(u < -11, np.float32(0), np.exp(u))
    return z1, a1, z2, e / np.sum(e, axis=0, keepdims=True)
