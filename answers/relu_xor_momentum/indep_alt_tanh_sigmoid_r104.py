# From an independent tester (round 104): Sigmoid written through tanh, sigmoid_prime as s(z)s(-z), relu via np.where and relu_prime via np.heaviside.
# kind: alt
# score: full
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def relu(z):
    return np.where(z > 0, z, 0.0)


def sigmoid_prime(z):
    return sigmoid(z) * sigmoid(-z)


def relu_prime(z):
    return np.heaviside(z, 0.0)
