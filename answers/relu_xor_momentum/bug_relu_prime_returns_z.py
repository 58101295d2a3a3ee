# relu_prime returns z itself instead of the ReLU's slope (0 or 1); grad_f, which uses it, is wrong
# too, and training with that gradient blows up.
# fails: test_relu: relu_prime returns z itself
# fails: test_grad_f: relu / relu_prime (test_relu) fail their own tests
# fails: test_training: training diverged
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def relu_prime(z):
    return z
