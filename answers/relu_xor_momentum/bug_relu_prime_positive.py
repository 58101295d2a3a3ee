# relu_prime keeps z where z > 0 (it returns relu(z), not the slope 1): right for z < 0, wrong for z > 0.
# The gradient is wrong, but training with it still separates XOR, so only the gradient tests lose points.
# fails: test_relu: relu_prime is wrong for z > 0
# fails: test_grad_f: relu / relu_prime (test_relu) fail their own tests
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def relu_prime(z):
    return np.where(z > 0, z, 0.0)
