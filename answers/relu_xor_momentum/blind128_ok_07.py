# From a blind tester (round 128: the release notebook only, no tests read): mix: tanh-free stable sigmoid, clipped loss, column-form forward, matmul chain grad, shared helper optimisers, vstack grid
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.0)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # sigma'(z) = e^{-|z|} / (1 + e^{-|z|})^2, symmetric in z
    return e / (1.0 + e) ** 2


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return np.heaviside(np.asarray(z, dtype=float), 0.0)
# %% loss
EPS = 1e-7


def loss(y, y_hat):
    """Binary cross-entropy of each example. y, y_hat: shape (n, 1) -> shape (n, 1)."""
    p = np.clip(y_hat, EPS, 1 - EPS)   # new array, only changes values within 1e-7 of 0 or 1
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    p = np.clip(y_hat, EPS, 1 - EPS)
    return -(y / p - (1 - y) / (1 - p))
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
    pts = np.vstack([np.reshape(G1, -1), np.reshape(G2, -1)]).T
    probs = yhat(pts, params).ravel()
    return 1.0 * (probs >= 0.5).reshape(np.shape(G1))
