# relu uses np.minimum where np.maximum belongs: it keeps the negative entries and zeroes the positive ones.
# The message names min(0, z) (not "wrong in 3 of 6 entries"); only test_relu loses points.
# fails: test_relu: relu computes min(0, z)
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.minimum(0.0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    return (z > 0).astype(float)
