# From an independent tester (round 106): Exact overflow-free rewrites: sigmoid via exp(-|z|) on both branches, sigmoid'(z) = 1/(2 + e^z + e^-z), heaviside ReLU slope.
# kind: alt
# score: full
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu(z):
    return (np.abs(z) + z) / 2.0


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (2.0 + np.exp(z) + np.exp(-z))


def relu_prime(z):
    return np.heaviside(z, 0.0)
