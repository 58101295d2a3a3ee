# From an independent tester (round 124): sigmoid_prime read off sigma applied to a 2x2 Jordan block [[z,1],[0,z]] (dual number) with np.linalg.solve, batched.
# kind: other
# flagged: sigmoid_prime calls numpy.linalg.solve
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z.ravel()))  # sigma' is even
    M = np.empty(z.size * 4).reshape(-1, 2, 2)
    M[:, 0, 0] = 1 + e
    M[:, 1, 1] = 1 + e
    M[:, 1, 0] = 0
    M[:, 0, 1] = -e
    rhs = np.zeros((z.size, 2, 1))
    rhs[:, 1, 0] = 1
    return np.linalg.solve(M, rhs)[:, 0, 0].reshape(z.shape)


def relu_prime(z):
    return (z > 0).astype(float)
