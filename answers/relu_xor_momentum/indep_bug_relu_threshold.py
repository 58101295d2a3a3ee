# From an independent tester (round 97): relu zeroes everything below 1e-3 (np.where(z > 1e-3, z, 0)): wrong for small positive z, e.g. relu(5e-4) = 0.
# kind: bug
# fails: test_relu
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.where(z > 1e-3, z, 0.0)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
