# From a blind tester (round 128: the release notebook only, no tests read): masked piecewise sigmoid and copy-based relu, reshape-careful forward, broadcast outer-product gradient, shared optimiser helper for GD and momentum
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.array(z, dtype=float)            # a copy
    out = np.empty_like(z)
    pos = z >= 0
    neg = ~pos
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[neg])
    out[neg] = ez / (1.0 + ez)
    return out


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    out = np.array(z, dtype=float, copy=True)
    out[out < 0] = 0.0
    return out


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return np.multiply(s, np.subtract(1.0, s))


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return np.greater(z, 0).astype(int)
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
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)       # (n, 1)
    dz = delta * np.reshape(v, (1, -1)) * relu_prime(z)            # (n, 3)
    # per-example outer products summed over the batch, by broadcasting
    dW = np.sum(x[:, :, None] * dz[:, None, :], axis=0)            # (2, 3)
    dv = np.sum(a * delta, axis=0).reshape(-1, 1)                  # (3, 1)
    db = dz.sum(axis=0)[None, :]                                   # (1, 3)
    dc = float(delta.sum())
    return [dW, db, dv, dc]
# %% gradient_descent
def _run_optimizer(x, y, starting_params, iterations, lr, alpha):
    """Heavy-ball gradient descent; alpha = 0 is plain gradient descent."""
    params = list(starting_params)
    velocity = [0.0 * np.asarray(p, dtype=float) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        if alpha == 0:
            params = [p - lr * g for p, g in zip(params, grads)]
        else:
            velocity = [alpha * u - lr * g for u, g in zip(velocity, grads)]
            params = [p + u for p, u in zip(params, velocity)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses


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
    return _run_optimizer(x, y, starting_params, iterations, lr, 0.0)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum: u <- alpha u - lr grad L(theta), theta <- theta + u, u = 0 at the start.

    Returns:
      trajectories: list of iterations + 1 parameter lists, trajectories[0] = starting_params.
      losses: list of iterations + 1 floats, losses[k] = total_loss(trajectories[k], x, y).
    """
    return _run_optimizer(x, y, starting_params, iterations, lr, alpha)
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
    g1 = np.asarray(G1, dtype=float)
    g2 = np.asarray(G2, dtype=float)
    batch = np.hstack([g1.reshape(-1, 1), g2.reshape(-1, 1)])
    Z = np.zeros(g1.size)
    Z[yhat(batch, params)[:, 0] >= 0.5] = 1.0
    return Z.reshape(g1.shape)
