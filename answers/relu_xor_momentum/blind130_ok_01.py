# Blind round 130 (written from the release notebook alone, without the tests): Straightforward vectorised answer with a branch-stable sigmoid (np.where on exp(-|z|)), chain-rule grad_f
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(z, 0.0)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (np.asarray(z) > 0).astype(float)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example. y, y_hat: shape (n, 1) -> shape (n, 1)."""
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    return sigmoid(relu(X @ W + b) @ v + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy of the network on a batch."""
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    p = sigmoid(s)
    delta = loss_derivative(y, p) * sigmoid_prime(s)      # (n, 1) = dL/ds
    dc = float(np.sum(delta))
    dv = a.T @ delta                                       # (3, 1)
    dz = (delta @ v.T) * relu_prime(z)                     # (n, 3)
    dW = x.T @ dz                                          # (2, 3)
    db = np.sum(dz, axis=0, keepdims=True)                 # (1, 3)
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss."""
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
    """Gradient descent with momentum."""
    params = list(starting_params)
    velocity = [np.zeros_like(p, dtype=float) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        velocity = [alpha * u - lr * g for u, g in zip(velocity, grads)]
        params = [p + u for p, u in zip(params, velocity)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class (0 or 1) at every grid point."""
    G1 = np.asarray(G1)
    points = np.column_stack([G1.ravel(), np.asarray(G2).ravel()])
    return (yhat(points, params) >= 0.5).astype(float).reshape(G1.shape)
