# From an independent tester (round 125): backward recomputes the forward pass inline with an unshifted softmax exp(z2)/sum(exp(z2)): nan as soon as a
# logit passes 709 (large weights or inputs), where the instructor's forward is fine.
# kind: bug
# fails: test_backward: without the shift by the column maximum
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = np.maximum(z1, 0)
    z2 = W2.T @ a1 + b2
    a2 = np.exp(z2) / np.sum(np.exp(z2), axis=0, keepdims=True)
    dz2 = a2 - y
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), a1 @ dz2.T, np.sum(dz2, axis=1, keepdims=True)
