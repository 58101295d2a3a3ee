# From an independent tester (round 122): db2 (2..4 entries: under the 6-entry floor of the estimate check) estimated by a five-point stencil over every
# coordinate at once: the identity built by comparison, the step computed from np.finfo().resolution (no step name,
# no small literal), the losses of all nudged biases by broadcasting, no loop, no call at a moved point.
# kind: bug
# fails: test_backward
# flagged: backward adds arrays broadcast against each other
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    r = np.arange(b2.shape[0])
    d = np.cbrt(np.finfo(float).resolution) * 100
    k = np.array([-2.0, -1.0, 1.0, 2.0])
    w = np.array([1.0, -8.0, 8.0, -1.0]) / 12
    core = W2.T @ a1
    Z = core[:, :, None, None] + b2[:, :, None, None] + (r[:, None] == r[None, :])[:, None, :, None] * (k * d)
    Z = Z - Z.max(axis=0, keepdims=True)
    lp = Z - np.log(np.exp(Z).sum(axis=0, keepdims=True))
    L = -(y[:, :, None, None] * lp).sum(axis=(0, 1))  # (coordinate, stencil point)
    db2 = (L @ w / d)[:, None]
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, db2
