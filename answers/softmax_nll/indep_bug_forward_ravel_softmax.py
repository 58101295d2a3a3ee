# From an independent tester (round 76): forward applies softmax to z2.ravel() reshaped back: right for a batch of one, wrong for N >= 2 (softmax over all samples at once).
# kind: bug
# fails: test_forward
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    a2 = softmax(z2.ravel()).reshape(z2.shape)
    return z1, a1, z2, a2
