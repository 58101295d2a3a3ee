# From an independent tester (round 98): sigmoid_prime replaced by the asymptote exp(-|z|) for |z| > 12: relative error exp(-|z|) (6e-6 at |z| = 12), wrong beyond float precision for 12 < |z| < 37.
# kind: bug
# fails: test_sigmoid
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return np.where(np.abs(z) > 12, np.exp(-np.abs(z)), s * (1 - s))


def relu_prime(z):
    return (z > 0).astype(float)
