# From an independent tester (round 85): sigmoid_prime floors its result at 1e-12 ("avoid vanishing gradients"): wrong wherever |z| > ~27.6 (true value < 1e-12), e.g. 1e-12 instead of 0 at |z| = 1000.
# kind: bug
# fails: test_sigmoid
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return np.maximum(s * (1 - s), 1e-12)


def relu_prime(z):
    return (z > 0).astype(float)
