# From an independent tester (round 106): relu and relu_prime loop over z.shape[0] and z.shape[1], so they only work for 2-D arrays, not "any shape" (1-D raises, 3-D is wrong).
# kind: bug
# fails: test_relu
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    out = np.zeros_like(z, dtype=float)
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            out[i, j] = max(0.0, z[i, j])
    return out


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    out = np.zeros_like(z, dtype=float)
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            out[i, j] = 1.0 if z[i, j] > 0 else 0.0
    return out
