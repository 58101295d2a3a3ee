# From an independent tester (round 50).
# The message gave the two shapes only, with no hint of a size written into the code.
# Bug (forward): z2 reshaped to (2, -1), the visible 2-4-2 network's two outputs: wrong for any other output size.
# fails: test_forward: a reshape to a size written into the code
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = (W2.T @ a1 + b2).reshape(2, -1)
    return z1, a1, z2, softmax(z2)
