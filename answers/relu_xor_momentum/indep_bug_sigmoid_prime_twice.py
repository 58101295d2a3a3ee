# From an independent tester (round 59): sigmoid_prime takes the derivative at sigmoid(z) instead of at z: s = sigmoid(sigmoid(z)); returns s * (1 - s).
# kind: bug
# fails: test_sigmoid: applies the sigmoid twice
# self-check: test_sigmoid: applies the sigmoid twice
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = sigmoid(sigmoid(z))
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
