# From an independent tester (round 126): backward recomputes the forward pass with its own softmax shifted by the column's MIN: overflows when a column's
# logits spread over more than 709.
# kind: bug
# fails: test_backward: shifted by another entry
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = np.maximum(z1, 0.0)
    z2 = W2.T @ a1 + b2
    e = np.exp(z2 - np.min(z2, axis=0, keepdims=True))
    a2 = e / np.sum(e, axis=0, keepdims=True)
    dz2 = a2 - y
    dW2 = a1 @ dz2.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (W2 @ dz2) * (z1 > 0)
    return x @ dz1.T, np.sum(dz1, axis=1, keepdims=True), dW2, db2
