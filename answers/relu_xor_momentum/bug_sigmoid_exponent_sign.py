# sigmoid writes exp(z) where exp(-z) belongs: it computes sigma(-z) = 1 - sigma(z). The message names the flipped
# sign in the exponent (not "wrong in 6 of 6 entries"). sigmoid_prime, built on it, fails in the same test cell;
# the other tests lend reference activations, so only test_sigmoid loses points.
# fails: test_sigmoid: the sign of z in the exponent is flipped
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    return (z > 0).astype(float)
