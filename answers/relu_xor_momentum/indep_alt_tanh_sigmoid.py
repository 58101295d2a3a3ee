# From an independent tester (round 97): Activations through tanh: sigmoid = (1 + tanh(z/2)) / 2, its derivative (1 - tanh^2)/4, relu as z*(z>0), relu_prime boolean.
# kind: alt
# %% activations
def sigmoid(z):
    """Logistic sigmoid via tanh (never overflows)."""
    z = np.asarray(z, dtype=float)
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def relu(z):
    z = np.asarray(z)
    return z * (z > 0)


def sigmoid_prime(z):
    t = np.tanh(0.5 * np.asarray(z, dtype=float))
    return 0.25 * (1.0 - t) * (1.0 + t)


def relu_prime(z):
    return np.asarray(z) > 0
