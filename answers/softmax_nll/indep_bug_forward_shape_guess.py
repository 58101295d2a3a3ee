# From an independent tester (round 85): forward tries W @ a and falls back to W.T @ a only when the shapes do not fit: wrong whenever a layer is square (m == h or h == n).
# kind: bug
# fails: test_forward
# %% forward
def _lin(W, a, b):
    if W.shape[1] == a.shape[0]:
        return W @ a + b
    return W.T @ a + b

def forward(x, W1, b1, W2, b2):
    z1 = _lin(W1, x, b1)
    a1 = relu(z1)
    z2 = _lin(W2, a1, b2)
    a2 = softmax(z2)
    return z1, a1, z2, a2
