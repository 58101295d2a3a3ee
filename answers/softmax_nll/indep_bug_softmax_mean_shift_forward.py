# From an independent tester (round 128): forward with its own softmax shifted by the column mean (not max): overflows only when a column spans > ~1400.
# kind: bug
# fails: test_forward: column maximum
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    e = np.exp(z2 - np.mean(z2, axis=0, keepdims=True))
    return z1, a1, z2, e / np.sum(e, axis=0, keepdims=True)
