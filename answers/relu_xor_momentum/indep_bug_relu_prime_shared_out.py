# From an independent tester (round 37).
# relu_prime returns a boolean buffer reused when the shape repeats (np.greater(z, 0, out=buf)): an earlier
# result changes on the next call of the same shape. The notebook says the activations "return a new array".
# fails: test_relu: relu_prime returned a result (an array, or a list of them) that its next call changed
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
    return s * (1 - s)


_rp = {}

def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    buf = _rp.setdefault(np.shape(z), np.empty(np.shape(z), dtype=bool))
    return np.greater(z, 0, out=buf)
