# relu_prime keeps z where z > 0 (it returns relu(z), not the slope 1). Only test_relu loses points:
# grad_f's test gives grad_f a reference relu_prime.
# fails: test_relu: relu_prime returns relu(z)
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def relu_prime(z):
    return np.where(z > 0, z, 0.0)
