# From an independent tester (round 106): Fix of bug_relu_prime_threshold as the message says: compare z with 0 itself, not with a small threshold.
# kind: other
# score: full
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(z, 0.0)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    return (z > 0).astype(float)
