# sigmoid clips its input to [-12, 12] "to avoid overflow" (and sigmoid_prime uses that sigmoid). Changes
# sigmoid by < 6.2e-6 absolute, but sigmoid_prime at |z| > 12 is wrong by orders of magnitude relatively
# (sigma'(20) = 2.1e-9 would come out as 6.1e-6). Caught only if the hidden checks use |z| > 12; unsure.
# Round 33: kept full marks (no hidden z beyond 12); the hidden check now has |z| up to 18.
# fails: test_sigmoid: is z clipped
# self-check: test_sigmoid: is z clipped
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    return 1.0 / (1.0 + np.exp(-np.clip(z, -12.0, 12.0)))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(z, 0.0)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (z > 0).astype(float)
