# Blind round 130 (written from the release notebook alone, without the tests): heavy-ball momentum form theta_{k+1} = theta_k + alpha (theta_k - theta_{k-1}) - lr g; exp(-z) sigmoid derivative; layer cache dict
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """1 / (1 + exp(-z)) (exp overflow -> 1/inf = 0)."""
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-np.asarray(z, dtype=float)))


def relu(z):
    """max(0, z) with np.fmax."""
    return np.fmax(np.asarray(z, dtype=float), 0.0)


def sigmoid_prime(z):
    """exp(-|z|) / (1 + exp(-|z|))^2 (the derivative is even in z)."""
    e = np.exp(-np.abs(np.asarray(z, dtype=float)))
    return e / (1.0 + e) ** 2


def relu_prime(z):
    """Sign-based slope: (sign(z) + 1) / 2 is 1 for z > 0, 0 for z < 0; 0 at z = 0 by floor."""
    return np.floor((np.sign(np.asarray(z, dtype=float)) + 1.0) / 2.0)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example."""
    return -(y * np.log(y_hat)) - (1 - y) * np.log(1 - y_hat)


def loss_derivative(y, y_hat):
    """dl/dy_hat over a common denominator: (y_hat - y) / (y_hat (1 - y_hat)); y is 0 or 1."""
    return (y_hat - y) / y_hat / (1.0 - y_hat)
# %% yhat
def _forward(X, params):
    W, b, v, c = params
    cache = {"z": X @ W + b}
    cache["a"] = relu(cache["z"])
    cache["s"] = cache["a"] @ v + c
    cache["y_hat"] = sigmoid(cache["s"])
    return cache


def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    return _forward(X, params)["y_hat"]
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss from a forward cache."""
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    dL_ds = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dL_da = dL_ds * v.T                  # broadcast (n, 1) * (1, 3)
    dL_dz = dL_da * relu_prime(z)
    return [x.T @ dL_dz, np.sum(dL_dz, axis=0).reshape(1, 3), a.T @ dL_ds, np.sum(dL_ds)]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent; losses filled into a preallocated array."""
    trajectories = [list(starting_params)]
    losses = np.empty(iterations + 1)
    losses[0] = total_loss(trajectories[0], x, y)
    for k in range(1, iterations + 1):
        prev = trajectories[k - 1]
        g = grad_f(prev, x, y)
        trajectories.append([prev[i] - lr * g[i] for i in range(4)])
        losses[k] = total_loss(trajectories[k], x, y)
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Heavy-ball form: the velocity is the last step theta_k - theta_{k-1} (0 before the first step)."""
    trajectories = [list(starting_params)]
    losses = [total_loss(trajectories[0], x, y)]
    for k in range(iterations):
        cur = trajectories[-1]
        prev = trajectories[-2] if k > 0 else cur
        g = grad_f(cur, x, y)
        nxt = [cur[i] + alpha * (cur[i] - prev[i]) - lr * g[i] for i in range(4)]
        trajectories.append(nxt)
        losses.append(total_loss(nxt, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    flat = np.array([np.ravel(G1), np.ravel(G2)]).T
    probs = yhat(flat, params)
    return (probs >= 0.5).reshape(np.shape(G1)).astype(np.float64)
