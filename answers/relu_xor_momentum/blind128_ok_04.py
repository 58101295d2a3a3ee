# From a blind tester (round 128: the release notebook only, no tests read): reciprocal/clip activations, explicit ufunc loss, column-form forward, ones-vector sums in grad_f, helper step function, m = alpha m + lr g sign convention
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    with np.errstate(over="ignore"):
        return np.reciprocal(1.0 + np.exp(-np.asarray(z, dtype=np.float64)))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    return np.clip(z, 0.0, None)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s - s ** 2


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return np.where(np.asarray(z) > 0, 1, 0)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example. y, y_hat: shape (n, 1) -> shape (n, 1)."""
    pos_term = np.multiply(y, np.log(y_hat))
    neg_term = np.multiply(np.subtract(1.0, y), np.log(np.subtract(1.0, y_hat)))
    return np.negative(pos_term + neg_term)


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    return (1.0 - y) / (1.0 - y_hat) - y / y_hat
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
    # column form, one example per column, then back to rows
    Zt = W.T @ np.asarray(X).T + np.reshape(b, (-1, 1))      # (3, n)
    St = v.T @ relu(Zt) + c                                 # (1, n)
    return sigmoid(St).T
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
    x = np.asarray(x, dtype=float)
    n = x.shape[0]
    ones = np.ones((1, n))
    z = np.dot(x, W) + b
    a = relu(z)
    s = np.dot(a, v) + c
    delta = np.multiply(loss_derivative(y, sigmoid(s)), sigmoid_prime(s))
    back = np.multiply(np.dot(delta, v.T), relu_prime(z))
    dW = np.dot(x.T, back)
    db = np.dot(ones, back)
    dv = np.dot(a.T, delta)
    dc = np.dot(ones, delta).item()
    return [dW, db, dv, dc]
# %% gradient_descent
def _sgd_step(params, grads, lr):
    """One plain gradient step; new arrays, params untouched."""
    return [np.subtract(p, np.multiply(lr, g)) for p, g in zip(params, grads)]


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
    trajectories = [list(starting_params)]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        nxt = _sgd_step(trajectories[-1], grad_f(trajectories[-1], x, y), lr)
        trajectories.append(nxt)
        losses.append(total_loss(nxt, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum: u <- alpha u - lr grad L(theta), theta <- theta + u, u = 0 at the start.

    Returns:
      trajectories: list of iterations + 1 parameter lists, trajectories[0] = starting_params.
      losses: list of iterations + 1 floats, losses[k] = total_loss(trajectories[k], x, y).
    """
    # equivalent sign convention: m = alpha m + lr grad, theta <- theta - m  (m = -u)
    params = [np.array(p, dtype=float) for p in starting_params]
    m = [np.zeros(np.shape(p)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for step in range(iterations):
        grads = grad_f(params, x, y)
        m = [alpha * mi + lr * gi for mi, gi in zip(m, grads)]
        params = [p - mi for p, mi in zip(params, m)]
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
    pts = np.vstack([np.reshape(G1, -1), np.reshape(G2, -1)]).T
    probs = yhat(pts, params).ravel()
    return 1.0 * (probs >= 0.5).reshape(np.shape(G1))
