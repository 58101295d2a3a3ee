# From an independent tester (round 132): float32 sigmoid saturating to exactly 0 / 1 beyond |z| = 11 (absolute error up to 1.7e-5).
# kind: bug
# fails: test_sigmoid: more than float32 rounding allows
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    s = np.float32(1) / (np.float32(1) + np.exp(-z))
    return np.where(z > 11, np.float32(1), np.where(z < -11, np.float32(0), s)).astype(np.float32)


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    s = 1.0 / (1.0 + np.exp(-z))
    return s * (1.0 - s)


def relu_prime(z):
    return (np.asarray(z) > 0).astype(float)
