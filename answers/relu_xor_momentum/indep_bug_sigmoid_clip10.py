# From an independent tester (round 53).
# sigmoid clips z to [-10, 10] "against overflow": sigma(14) comes out as 0.99995 instead of 0.9999992, and
# sigmoid_prime, built on it, is far too large there. The visible check tried only |z| <= 3 and passed it.
# fails: test_sigmoid: is z clipped
# self-check: test_sigmoid: is z clipped (np.clip(z, -c, c) with c below 11)
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -10, 10)))


def relu(z):
    return np.maximum(z, 0)


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def relu_prime(z):
    return (z > 0) * 1.0
