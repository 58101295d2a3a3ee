# From an independent tester (round 126): forward inlines its own softmax shifted by each column's FIRST logit (not its max): overflows to inf/inf = nan
# when another class's logit is more than 709 above class 0's in the same column.
# kind: bug
# fails: test_forward: shifted by another entry
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    e = np.exp(z2 - z2[:1])
    a2 = e / np.sum(e, axis=0, keepdims=True)
    return z1, a1, z2, a2
