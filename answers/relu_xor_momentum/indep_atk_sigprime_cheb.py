# From an independent tester (round 128): sigmoid_prime estimated by Chebyshev-Gauss spectral differentiation of sigmoid at -|z| (radius 1, analytic within
# |Im z| < pi), grid by a matrix product, using that sigma' is even.
# kind: other
# flagged: sigmoid_prime calls numpy.cos
# %% activations
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    return np.maximum(0.0, z)


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    N = 32
    th = (np.arange(N) + 0.5) * np.pi / N
    m = np.arange(1, N, 2)
    wts = (2.0 / N) * (np.cos(np.outer(th, m)) @ (m * (-1.0) ** ((m - 1) // 2)))
    col = -np.abs(z).reshape(-1, 1)
    Z = np.hstack([col, np.ones_like(col)]) @ np.vstack([np.ones((1, N)), np.cos(th)[None, :]])
    return (sigmoid(Z) @ wts).reshape(z.shape)


def relu_prime(z):
    return (z > 0).astype(float)
