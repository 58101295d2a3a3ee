# From an independent tester (round 17): grad_f returning None was said to 'give another result when called again'.
# A partial submission started from the blank notebook: activations, loss and gradient_descent answered;
# yhat left with `pass` (returns None), grad_f with an empty body (only its docstring and the unpacking line),
# gradient_descent_momentum still raising NotImplementedError, decision_grid not touched.
# The answered tasks must keep full marks (their tests get reference versions of the rest).
# base: blank
# fails: test_yhat
# fails: test_grad_f: None
# fails: test_momentum
# fails: test_training
# fails: test_decision_grid
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.maximum(z, 0)


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def relu_prime(z):
    return z > 0
# %% loss
def loss(y, y_hat):
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    pass
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy of the network on a batch."""
    W, b, v, c = params
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    traj = [starting_params]
    for _ in range(iterations):
        traj.append([p - lr * g for p, g in zip(traj[-1], grad_f(traj[-1], x, y))])
    return traj, [total_loss(p, x, y) for p in traj]
