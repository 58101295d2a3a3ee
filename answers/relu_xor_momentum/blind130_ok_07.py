# Blind round 130 (written from the release notebook alone, without the tests): loss via log of the probability given to the true class (np.where on y), dc kept as 1-element array, np.tensordot gradients
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """sigma(z) = 1 - sigma(-z) used on the negative side: stable two-branch form with np.where."""
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        neg = np.exp(np.minimum(z, 0.0))          # exp(z) for z < 0, 1 otherwise
        pos = 1.0 / (1.0 + np.exp(-np.maximum(z, 0.0)))
    return np.where(z < 0, neg / (1.0 + neg), pos)


def relu(z):
    """(z + |z|) / 2."""
    z = np.asarray(z, dtype=float)
    return 0.5 * (z + np.abs(z))


def sigmoid_prime(z):
    """sigma(z) sigma(-z), each factor from sigmoid()."""
    z = np.asarray(z, dtype=float)
    return sigmoid(z) * sigmoid(-z)


def relu_prime(z):
    """Comparison cast to float."""
    return 1.0 * (np.asarray(z) > 0)
# %% loss
def loss(y, y_hat):
    """-log of the probability the network gives the true label (y is 0 or 1)."""
    p_true = np.where(y == 1, y_hat, 1.0 - y_hat)
    return -np.log(p_true)


def loss_derivative(y, y_hat):
    """-1 / y_hat for label 1, 1 / (1 - y_hat) for label 0."""
    return np.where(y == 1, -1.0 / y_hat, 1.0 / (1.0 - y_hat))
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    a = relu(np.tensordot(X, W, axes=1) + b)
    return sigmoid(np.tensordot(a, v, axes=1) + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss with np.tensordot contractions over the batch axis."""
    W, b, v, c = params
    z = np.tensordot(x, W, axes=1) + b
    a = relu(z)
    s = np.tensordot(a, v, axes=1) + c
    e_out = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)          # (n, 1)
    e_hid = np.tensordot(e_out, v, axes=([1], [1])) * relu_prime(z)   # (n, 3)
    dW = np.tensordot(x, e_hid, axes=([0], [0]))
    db = np.tensordot(np.ones(x.shape[0]), e_hid, axes=1).reshape(1, -1)
    dv = np.tensordot(a, e_out, axes=([0], [0]))
    dc = e_out.sum(axis=0)           # one-element array
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent; c kept a float."""
    W, b, v, c = starting_params
    traj = [[W, b, v, c]]
    for _ in range(iterations):
        W, b, v, c = traj[-1]
        dW, db, dv, dc = grad_f(traj[-1], x, y)
        traj.append([W - lr * dW, b - lr * db, v - lr * dv, float(c - lr * np.sum(dc))])
    return traj, [total_loss(p, x, y) for p in traj]
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum; velocities as a dict keyed by parameter name."""
    names = ("W", "b", "v", "c")
    theta = dict(zip(names, starting_params))
    u = {k: 0.0 for k in names}
    traj = [list(starting_params)]
    for _ in range(iterations):
        g = dict(zip(names, grad_f([theta[k] for k in names], x, y)))
        u = {k: alpha * u[k] - lr * g[k] for k in names}
        u["c"] = float(np.sum(u["c"]))
        theta = {k: theta[k] + u[k] for k in names}
        traj.append([theta[k] for k in names])
    return traj, [total_loss(p, x, y) for p in traj]
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    g1, g2 = np.broadcast_arrays(np.asarray(G1, dtype=float), np.asarray(G2, dtype=float))
    batch = np.stack((g1.flatten(), g2.flatten()), axis=1)
    out = yhat(batch, params)
    return np.heaviside(out - 0.5, 1.0).reshape(g1.shape)
