# Blind round 130 (written from the release notebook alone, without the tests): reciprocal sigmoid with errstate, 1/(4 cosh^2(z/2)) derivative, clip-based relu, int8 relu_prime, np.outer backprop
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """1 / (1 + exp(-z)); the overflow of exp(-z) gives 1/inf = 0 (warning silenced)."""
    with np.errstate(over="ignore"):
        return np.reciprocal(1.0 + np.exp(-np.asarray(z, dtype=float)))


def relu(z):
    """max(0, z) by clipping from below."""
    return np.clip(np.asarray(z, dtype=float), 0.0, None)


def sigmoid_prime(z):
    """sigma'(z) = 1 / (4 cosh^2(z / 2)); cosh overflowing to inf gives 0."""
    with np.errstate(over="ignore"):
        return 0.25 / np.cosh(0.5 * np.asarray(z, dtype=float)) ** 2


def relu_prime(z):
    """Slope as small integers 0 / 1."""
    return (np.asarray(z) > 0).astype(np.int8)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example."""
    return -np.log(y_hat) * y - np.log(1 - y_hat) * (1 - y)


def loss_derivative(y, y_hat):
    """dl/dy_hat."""
    return (1 - y) / (1 - y_hat) - y / y_hat
# %% yhat
def yhat(X, params):
    """Output of the network for a batch (np.dot)."""
    W, b, v, c = params
    return sigmoid(np.dot(relu(np.dot(X, W) + b), v) + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss; the hidden error through np.outer."""
    W, b, v, c = params
    z = np.dot(x, W) + b
    a = relu(z)
    s = np.dot(a, v) + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)     # (n, 1)
    hidden = np.outer(delta, v) * relu_prime(z)                  # (n, 3)
    dW = np.dot(x.T, hidden)
    db = hidden.sum(axis=0).reshape(b.shape)
    dv = np.dot(a.T, delta).reshape(v.shape)
    dc = delta.sum()
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent with a while loop; trajectories hold copies."""
    current = [np.array(p, dtype=float, copy=True) if np.ndim(p) else float(p) for p in starting_params]
    trajectories, losses = [current], [total_loss(current, x, y)]
    k = 0
    while k < iterations:
        step = grad_f(current, x, y)
        current = [np.subtract(p, np.multiply(lr, g)) for p, g in zip(current, step)]
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
        k += 1
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum with a while loop; velocity starts as None (zero)."""
    current = list(starting_params)
    trajectories, losses = [current], [total_loss(current, x, y)]
    velocity = None
    k = 0
    while k < iterations:
        step = grad_f(current, x, y)
        if velocity is None:
            velocity = [-lr * g for g in step]
        else:
            velocity = [alpha * u - lr * g for u, g in zip(velocity, step)]
        current = [p + u for p, u in zip(current, velocity)]
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
        k += 1
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point (np.vstack then transpose)."""
    G1 = np.asarray(G1, dtype=float)
    pts = np.vstack([G1.ravel(), np.asarray(G2, dtype=float).ravel()]).T
    return np.greater_equal(yhat(pts, params), 0.5).reshape(G1.shape) * 1.0
