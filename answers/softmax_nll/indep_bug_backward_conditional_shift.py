# From an independent tester (round 129): backward recomputing a2 with its own softmax, shifted by the column max only when some logit is above 709 or
# below -745: columns whose logits all lie in (-745, -709) stay unshifted (subnormal exps), dz2 off by ~1e-3.
# kind: bug
# fails: test_backward: lies between -745 and -709
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = np.maximum(z1, 0.0)
    z2 = W2.T @ a1 + b2
    s = z2
    if np.max(z2) > 709 or np.min(z2) < -745:
        s = z2 - np.max(z2, axis=0, keepdims=True)
    e = np.exp(s)
    dz2 = e / np.sum(e, axis=0, keepdims=True) - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
