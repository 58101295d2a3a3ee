# relu clips its argument in place (z[z < 0] = 0) and returns it: the caller's array is changed, which
# the notebook forbids. Only test_relu loses points.
# fails: test_relu: relu changed its argument z in place
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    z[z < 0] = 0
    return z


def sigmoid_prime(z):
    return sigmoid(z) * (1.0 - sigmoid(z))


def relu_prime(z):
    return (z > 0).astype(float)
