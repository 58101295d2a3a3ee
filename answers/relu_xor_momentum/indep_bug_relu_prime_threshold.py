# From an independent tester (round 106): relu_prime counts z as positive only above a tolerance of 1e-12, so tiny positive pre-activations get slope 0.
# kind: bug
# fails: test_relu
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(z, 0.0)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    return (z > 1e-12).astype(float)
