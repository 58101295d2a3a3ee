# From an independent tester (round 106): sigmoid written through tanh (sigma(z) = (1 + tanh(z/2))/2), sigmoid' = sigma(z) sigma(-z), relu = z*(z>0), relu' boolean.
# kind: alt
# score: full
# %% activations
def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def relu(z):
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.0)


def sigmoid_prime(z):
    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))


def relu_prime(z):
    return np.asarray(z) > 0
