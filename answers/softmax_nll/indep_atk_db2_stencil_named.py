# From an independent tester (round 122): Same as atk_db2_stencil_vectorised but the losses taken from the student's own softmax/nllm through a helper:
# np.apply_along_axis over the comparison identity's columns (no loop statement, no call at x + h).
# kind: bug
# fails: test_backward: not the exact derivative
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    r = np.arange(b2.shape[0])
    d = np.cbrt(np.finfo(float).resolution) * 100
    core = W2.T @ a1 + b2
    cols = (r[:, None] == r[None, :]) * d
    def cost(c):
        return nllm(softmax(core + c[:, None]), y)
    up1 = np.apply_along_axis(cost, 0, cols); dn1 = np.apply_along_axis(cost, 0, -cols)
    up2 = np.apply_along_axis(cost, 0, 2 * cols); dn2 = np.apply_along_axis(cost, 0, -2 * cols)
    db2 = ((8 * up1 - 8 * dn1 + dn2 - up2) / 12 / d)[:, None]
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, db2
