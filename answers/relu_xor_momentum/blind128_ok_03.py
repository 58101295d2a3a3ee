# From a blind tester (round 128: the release notebook only, no tests read): logaddexp sigmoid and sigma(z)sigma(-z) derivative, clipped loss, einsum forward, simplified delta = y_hat - y, while-loop GD, heavy-ball momentum from trajectory differences
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    # sigma(z) = exp(-log(1 + exp(-z)))
    return np.exp(-np.logaddexp(0.0, -z))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    return z * (z > 0)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    # 1 - sigma(z) = sigma(-z)
    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return np.asarray(z) > 0
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
    z = np.einsum("ni,ij->nj", X, W) + b
    s = np.einsum("nj,jk->nk", relu(z), v) + c
    return sigmoid(s)
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
    y_hat = sigmoid(a @ v + c)
    # dl/dy_hat * sigma'(s) = (y_hat - y) / (y_hat (1 - y_hat)) * y_hat (1 - y_hat) = y_hat - y
    delta = y_hat - y
    dc = delta.sum()
    dv = a.T @ delta
    dz = delta * v.T * relu_prime(z)          # (n,1)*(1,3) -> (n,3)
    dW = x.T @ dz
    db = dz.sum(axis=0).reshape(1, 3)
    return [dW, db, dv, float(dc)]
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
    current = [np.copy(p) for p in starting_params]
    trajectories, losses = [], []
    k = 0
    while True:
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
        if k == iterations:
            break
        g = grad_f(current, x, y)
        current = [current[i] - lr * g[i] for i in range(4)]
        k += 1
    return (trajectories, losses)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum: u <- alpha u - lr grad L(theta), theta <- theta + u, u = 0 at the start.

    Returns:
      trajectories: list of iterations + 1 parameter lists, trajectories[0] = starting_params.
      losses: list of iterations + 1 floats, losses[k] = total_loss(trajectories[k], x, y).
    """
    # heavy-ball form: theta_{k+1} = theta_k - lr grad + alpha (theta_k - theta_{k-1}), theta_{-1} = theta_0
    trajectories = [list(starting_params)]
    prev = list(starting_params)
    for _ in range(iterations):
        cur = trajectories[-1]
        g = grad_f(cur, x, y)
        nxt = [p - lr * gi + alpha * (p - q) for p, gi, q in zip(cur, g, prev)]
        prev = cur
        trajectories.append(nxt)
    losses = [total_loss(p, x, y) for p in trajectories]
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
    shape = np.shape(G1)
    points = np.c_[np.ravel(G1), np.ravel(G2)]
    return (yhat(points, params) >= 0.5).astype(int).reshape(shape)
