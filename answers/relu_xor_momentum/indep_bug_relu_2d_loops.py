# From an independent tester (round 115): relu written with nested loops over rows and columns: works only on 2-D arrays, though the prose promises any shape.
# kind: bug
# fails: test_relu
# self-check: test_relu: It takes arrays of any shape
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    out = np.zeros(z.shape)
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            out[i, j] = z[i, j] if z[i, j] > 0 else 0.0
    return out


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
