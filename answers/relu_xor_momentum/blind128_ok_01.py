# From a blind tester (round 128: the release notebook only, no tests read): plain vectorised matmul answer: 1/(1+exp(-z)), chain rule with loss_derivative*sigmoid_prime, list-comprehension optimisers
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-z))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.maximum(0.0, z)


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
    """Output of the network for a batch.

    Args:
      X: inputs, shape (n, 2), one example per row.
      params: [W (2, 3), b (1, 3), v (3, 1), c (float)].

    Returns:
      y_hat: shape (n, 1), the predicted probability of class 1 for each example.
    """
    W, b, v, c = params
    z = X @ W + b
    a = relu(z)
    return sigmoid(a @ v + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy of the network on a batch.

    Args:
      params: [W (2, 3), b (1, 3), v (3, 1), c (float)].
      x: inputs, shape (n, 2), one example per row.
      y: labels (0. or 1.), shape (n, 1).

    Returns:
      [dW (2, 3), db (1, 3), dv (3, 1), dc (float)]: gradient of sum_i loss(y_i, y_hat_i).
    """
    W, b, v, c = params
    z = x @ W + b                 # (n, 3)
    a = relu(z)                   # (n, 3)
    s = a @ v + c                 # (n, 1)
    y_hat = sigmoid(s)
    delta = loss_derivative(y, y_hat) * sigmoid_prime(s)   # dL/ds, (n, 1)
    dc = float(np.sum(delta))
    dv = a.T @ delta                                       # (3, 1)
    dz = (delta @ v.T) * relu_prime(z)                     # (n, 3)
    dW = x.T @ dz                                          # (2, 3)
    db = np.sum(dz, axis=0, keepdims=True)                 # (1, 3)
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss.

    Args:
      x: inputs (n, 2); y: labels (n, 1).
      starting_params: [W, b, v, c], left unchanged.
      iterations: number of steps; lr: learning rate.

    Returns:
      trajectories: list of iterations + 1 parameter lists, trajectories[0] = starting_params.
      losses: list of iterations + 1 floats, losses[k] = total_loss(trajectories[k], x, y).
    """
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
    """Gradient descent with momentum: u <- alpha u - lr grad L(theta), theta <- theta + u, u = 0 at the start.

    Returns:
      trajectories: list of iterations + 1 parameter lists, trajectories[0] = starting_params.
      losses: list of iterations + 1 floats, losses[k] = total_loss(trajectories[k], x, y).
    """
    params = list(starting_params)
    u = [np.zeros_like(p, dtype=float) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class (0 or 1) at every grid point.

    Args:
      params: [W, b, v, c].
      G1, G2: arrays of the same shape, a 2-D grid (e.g. from np.meshgrid) or 1-D arrays of points: point k has
        coordinates (G1.flat[k], G2.flat[k]).

    Returns:
      Z: array of the shape of G1, Z = 1 where y_hat >= 0.5 and 0 elsewhere.
    """
    G1 = np.asarray(G1)
    points = np.column_stack([G1.ravel(), np.asarray(G2).ravel()])
    p = yhat(points, params)
    return (p >= 0.5).astype(float).reshape(G1.shape)
