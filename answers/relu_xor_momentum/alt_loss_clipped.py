# Correct answers that guard against log(0): loss and loss_derivative clip y_hat into a copy
# (np.clip without out=), a numerically stable sigmoid, and relu_prime returning booleans. The clip
# never touches the test points: full marks.
# kind: alt
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1 / (1 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1 + e)
    return out


def relu(z):
    return np.clip(z, 0, None)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s - s * s


def relu_prime(z):
    return z > 0
# %% loss
EPS = 1e-12


def loss(y, y_hat):
    p = np.clip(y_hat, EPS, 1 - EPS)
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def loss_derivative(y, y_hat):
    p = np.clip(y_hat, EPS, 1 - EPS)
    return -y / p + (1 - y) / (1 - p)
