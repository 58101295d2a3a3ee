# From an independent tester (round 69): forward sets a1 = z1 and applies the ReLU in place (a1[a1 < 0] = 0), which
# zeroes z1's negative entries too. It was told that z1 holds what a1 should be, and that the tuple's order matters.
# kind: bug
# fails: test_forward: z1 and a1 are one array
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = z1
    a1[a1 < 0] = 0
    z2 = W2.T @ a1 + b2
    return z1, a1, z2, softmax(z2)
