# From an independent tester (round 125): forward inlines its own softmax, shifted by the batch's global max (the softmax task's bug, moved into forward
# where softmax's tests do not see it): a sample whose logits are far below another sample's underflows to 0/0.
# kind: bug
# fails: test_forward: maximum of the whole batch
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    e = np.exp(z2 - np.max(z2))
    return z1, a1, z2, e / np.sum(e, axis=0, keepdims=True)
