# From an independent tester (round 85): sigmoid clips z to [-20, 20] "against overflow": exact for |z| <= 20 (so the 11..18 tail passes), wrong beyond, e.g. sigmoid(-30) = 2.1e-9 instead of 9.4e-14 (and 1 - 2e-9 instead of 1 at +30).
# kind: bug
# fails: test_sigmoid
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -20, 20)))


def relu(z):
    return np.maximum(0, z)


def sigmoid_prime(z):
    s = 1.0 / (1.0 + np.exp(-z))
    return s * (1 - s)


def relu_prime(z):
    return (z > 0).astype(float)
