# Correct: decision_grid with np.c_ and ravel, returning integer classes; yhat built from a small helper
# that returns the hidden layer; relu via z * (z > 0); relu_prime via np.sign clipped at 0.
# kind: alt
# %% activations
def sigmoid(z):
    return np.reciprocal(1.0 + np.exp(-z))


def relu(z):
    return z * (z > 0)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s - s * s


def relu_prime(z):
    return np.maximum(np.sign(z), 0)
# %% yhat
def _hidden(X, W, b):
    return relu(np.dot(X, W) + b)


def yhat(X, params):
    W, b, v, c = params
    return sigmoid(np.dot(_hidden(X, W, b), v) + c)
# %% decision_grid
def decision_grid(params, G1, G2):
    batch = np.c_[G1.ravel(), G2.ravel()]
    probs = yhat(batch, params)
    return np.where(probs >= 0.5, 1, 0).reshape(np.shape(G1))
