# From an independent tester (round 106): backward computed by hand in longdouble (its own forward pass inline, loops over samples), cast back to float64.
# kind: alt
# score: full
# %% backward
def backward(x, y, W1, b1, W2, b2):
    L = np.longdouble
    x, y, W1, b1, W2, b2 = (np.asarray(v, dtype=L) for v in (x, y, W1, b1, W2, b2))
    dW1 = np.zeros(W1.shape, dtype=L); db1 = np.zeros(b1.shape, dtype=L)
    dW2 = np.zeros(W2.shape, dtype=L); db2 = np.zeros(b2.shape, dtype=L)
    for t in range(x.shape[1]):
        xt = x[:, t:t + 1]
        z1 = W1.T @ xt + b1
        a1 = np.maximum(z1, 0)
        z2 = W2.T @ a1 + b2
        e = np.exp(z2 - z2.max())
        a2 = e / e.sum()
        dz2 = a2 - y[:, t:t + 1]
        dW2 += a1 @ dz2.T
        db2 += dz2
        dz1 = (W2 @ dz2) * (z1 > 0)
        dW1 += xt @ dz1.T
        db1 += dz1
    return tuple(g.astype(np.float64) for g in (dW1, db1, dW2, db2))
