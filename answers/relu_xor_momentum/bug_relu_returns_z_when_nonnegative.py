# relu hands z back when nothing is negative, a view-free shortcut that makes the result and the caller's z one
# array (the task: a new array of the same shape). Same bug as softmax_nll's round-69 case, in this notebook's relu.
# kind: bug
# fails: test_relu: returned its argument z itself
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    if np.all(z >= 0):  # nothing to clip: hand z back
        return z
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    return (z > 0).astype(float)
