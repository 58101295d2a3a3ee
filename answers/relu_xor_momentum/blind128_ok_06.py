# From a blind tester (round 128: the release notebook only, no tests read): mix: basic activations, log1p loss, einsum forward, nested forward/backward helpers in grad_f, unpacked GD, heavy-ball momentum
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
    y = np.asarray(y, dtype=float)
    p = np.asarray(y_hat, dtype=float)
    return -(y * np.log(p) + (1.0 - y) * np.log1p(-p))


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    y = np.asarray(y, dtype=float)
    p = np.asarray(y_hat, dtype=float)
    return (p - y) / (p * (1.0 - p))
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
    def forward(x):
        z = x @ W + b
        a = relu(z)
        s = a @ v + c
        return z, a, s

    def backward(z, a, s):
        dL_dyhat = loss_derivative(y, sigmoid(s))
        dL_ds = dL_dyhat * sigmoid_prime(s)
        dL_da = dL_ds @ v.T
        dL_dz = dL_da * relu_prime(z)
        return [x.T @ dL_dz, dL_dz.sum(axis=0, keepdims=True), a.T @ dL_ds, float(dL_ds.sum())]

    return backward(*forward(x))
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
    W, b, v, c = starting_params
    trajectories = [[W, b, v, c]]
    for k in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        W = W - lr * dW
        b = b - lr * db
        v = v - lr * dv
        c = c - lr * dc
        trajectories.append([W, b, v, c])
    losses = np.array([total_loss(p, x, y) for p in trajectories])
    return trajectories, losses
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
    points = np.stack([np.asarray(G1, dtype=float), np.asarray(G2, dtype=float)], axis=-1).reshape(-1, 2)
    return np.where(yhat(points, params) >= 0.5, 1, 0).reshape(np.shape(G1))
