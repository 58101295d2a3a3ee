# A student who did (B) up to the forward pass: activations, loss and yhat are done, grad_f, the
# optimisers and the decision grid are untouched.
# base: blank
# fails: test_grad_f: NotImplementedError
# fails: test_gradient_descent: NotImplementedError
# fails: test_momentum: NotImplementedError
# fails: test_training: NotImplementedError
# fails: test_decision_grid: NotImplementedError
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    return np.where(z > 0, z, 0)


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    return np.where(z > 0, 1.0, 0.0)
# %% loss
def loss(y, y_hat):
    return -y * np.log(y_hat) - (1 - y) * np.log(1 - y_hat)


def loss_derivative(y, y_hat):
    return (y_hat - y) / (y_hat * (1 - y_hat))
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    hidden = relu(np.dot(X, W) + b)
    return sigmoid(np.dot(hidden, v) + c)
