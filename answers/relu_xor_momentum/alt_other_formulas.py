# Correct answers with other formulas: the sigmoid through tanh, sigmoid_prime as e^-|z| / (1 + e^-|z|)^2 (sigma' is even;
# e^-|z| never overflows),
# relu_prime with np.heaviside (1 at z = 0, which the task leaves free), loss_derivative as
# (y_hat - y) / (y_hat (1 - y_hat)), einsum/np.dot in yhat and grad_f, and a grad_f that uses
# delta = y_hat - y directly (the simplified chain rule). Full marks.
# kind: alt
# %% activations
def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def relu(z):
    return z * (z > 0)


def sigmoid_prime(z):
    e = np.exp(-np.abs(z))  # sigma'(z) = sigma'(|z|)
    return e / (1.0 + e) ** 2


def relu_prime(z):
    return np.heaviside(z, 1.0)
# %% loss
def loss(y, y_hat):
    return -np.where(y == 1, np.log(y_hat), np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return (y_hat - y) / (y_hat * (1 - y_hat))
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    hidden = relu(np.einsum("nk,kj->nj", X, W) + b)
    return sigmoid(np.dot(hidden, v) + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = np.einsum("nk,kj->nj", x, W) + b
    a = relu(z)
    delta = sigmoid(a @ v + c) - y
    dz = np.einsum("n,j->nj", delta[:, 0], v[:, 0]) * relu_prime(z)
    return [np.einsum("nk,nj->kj", x, dz), dz.sum(axis=0)[None, :], np.dot(a.T, delta), delta.sum().item()]
