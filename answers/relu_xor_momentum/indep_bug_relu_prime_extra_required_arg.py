# From an independent tester (round 79): relu_prime(z, threshold) has an extra required parameter with no default: TypeError when called as relu_prime(z).
# kind: bug
# Was told only "often a call with the wrong number or kind of arguments".
# fails: test_relu: relu_prime takes (z, threshold), and the task's relu_prime takes (z)
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z, threshold):
    return (z > threshold).astype(float)
