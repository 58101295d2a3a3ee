# From an independent tester (round 129): forward with its own softmax that shifts by the column max only when some logit is above 709 or below -745:
# output columns whose logits all lie in (-745, -709) stay unshifted, subnormal exps, a2 off by up to ~1e-3.
# kind: bug
# fails: test_forward: lies between -745 and -709
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    s = z2
    if np.max(z2) > 709 or np.min(z2) < -745:
        s = z2 - np.max(z2, axis=0, keepdims=True)
    e = np.exp(s)
    return z1, a1, z2, e / np.sum(e, axis=0, keepdims=True)
