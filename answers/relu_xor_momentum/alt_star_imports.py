# Correct answers with `from numpy import *` and `from math import *` at the top of answer cells (they
# rebind all, any, sum, max, min, round, abs, pow, e, ...) and code that uses the bare numpy names.
# The tests never depend on the notebook's names: full marks.
# kind: alt
# %% activations
from numpy import *
from math import *


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return maximum(0, z)


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def relu_prime(z):
    return where(z > 0, 1.0, 0.0)
# %% loss
from numpy import *


def loss(y, y_hat):
    return -(y * log(y_hat) + (1 - y) * log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% grad_f
from numpy import *


def grad_f(params, x, y):
    W, b, v, c = params
    z = dot(x, W) + b
    a = relu(z)
    s = dot(a, v) + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = dot(delta, v.T) * relu_prime(z)
    return [dot(x.T, dz), sum(dz, axis=0, keepdims=True), dot(a.T, delta), float(sum(delta))]
