# Round 38. Bug: sigmoid_prime = sigma(z) (1 - sigma(-z)), which is sigma(z)^2 (student mixed up the symmetry sigma(-z) = 1 - sigma(z)).
# fails: test_sigmoid: 1 - sigma(-z) = sigma(z)
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(-z))


def relu_prime(z):
    return (z > 0).astype(float)
