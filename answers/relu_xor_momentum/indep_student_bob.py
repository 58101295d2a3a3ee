# From an independent tester (round 35).
# Bob: grad_f divides every gradient by n (mean instead of the sum the notebook asks for); momentum answered with
# `pass`; an experiment cell after imports does `import numpy as onp` and `from numpy import *`.
# kind: other
# base: blank
# fails: test_grad_f
# fails: test_momentum
# fails: test_training
# %% after imports
import numpy as onp
from numpy import *
print(onp.__version__)
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(0, z)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (z > 0).astype(float)
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    return sigmoid(relu(X @ W + b) @ v + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)
    dc = float(np.sum(delta))
    dv = a.T @ delta
    dz = (delta @ v.T) * relu_prime(z)
    db = np.sum(dz, axis=0, keepdims=True)
    dW = x.T @ dz
    n = x.shape[0]
    return [dW / n, db / n, dv / n, dc / n]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    pass
# %% decision_grid
def decision_grid(params, G1, G2):
    pts = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(pts, params) >= 0.5).astype(float).reshape(G1.shape)
