# From an independent tester (round 35).
# sigmoid_prime written with the tanh derivative form 1 - sigma(z)^2 instead of sigma(z)(1 - sigma(z)).
# fails: test_sigmoid: sigmoid_prime computes 1 - sigma(z)**2, the form of tanh's derivative
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(0, z)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return 1 - s ** 2


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (z > 0).astype(float)
