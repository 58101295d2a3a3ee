# From an independent tester (round 111): forward inlines the naive softmax np.exp(z2) / sum(np.exp(z2)) instead of calling softmax: nan when z2 is large.
# kind: bug
# fails: test_forward: without the shift by the column maximum
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = np.exp(z2) / np.sum(np.exp(z2), axis=0, keepdims=True)
    return z1, a1, z2, a2
