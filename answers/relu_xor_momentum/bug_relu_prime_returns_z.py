# relu_prime returns z itself instead of the ReLU's slope (0 or 1). Only test_relu loses points: grad_f,
# which calls relu_prime, gets a reference one in its test, and the training test uses a reference grad_f.
# fails: test_relu: relu_prime returns z itself
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def relu_prime(z):
    return z
