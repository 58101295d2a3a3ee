# sigmoid_prime is estimated by a central difference of sigmoid instead of the formula
# sigma(z)(1 - sigma(z)): close enough for the visible check, rejected by the hidden one as
# "estimated numerically". Only test_sigmoid loses its point.
# fails: test_sigmoid: estimated numerically
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z, h=1e-5):
    return (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)


def relu_prime(z):
    return (z > 0).astype(float)
