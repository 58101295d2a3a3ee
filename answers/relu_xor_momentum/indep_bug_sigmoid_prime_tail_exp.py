# From an independent tester (round 101): sigmoid_prime replaces the formula by its tail approximation exp(-|z|) for |z| > 14 (relative error 2 exp(-|z|), ~1.6e-6 at 14).
# kind: bug
# fails: test_sigmoid: An approximation of the tail
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return np.where(np.abs(z) > 14, np.exp(-np.abs(z)), s * (1 - s))


def relu_prime(z):
    return (z > 0).astype(float)
