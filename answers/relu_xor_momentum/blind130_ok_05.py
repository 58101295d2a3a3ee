# Blind round 130 (written from the release notebook alone, without the tests): simplified output error y_hat - y (BCE through sigmoid), piecewise sigmoid with boolean masks, shared helper for both optimisers
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Piecewise stable sigmoid filled in with boolean masks."""
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    ez = np.exp(z[~pos])
    out[~pos] = ez / (1.0 + ez)
    return out


def relu(z):
    """max(0, z)."""
    z = np.array(z, dtype=float)      # a copy
    z[z < 0] = 0.0
    return z


def sigmoid_prime(z):
    """sigma(z) (1 - sigma(z))."""
    s = sigmoid(z)
    return s * (1 - s)


def relu_prime(z):
    """1.0 where z > 0, 0.0 elsewhere."""
    return np.where(np.asarray(z) > 0, 1.0, 0.0)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy, with a guard that only moves y_hat within 1e-12 of 0 or 1."""
    p = np.clip(y_hat, 1e-12, 1 - 1e-12)
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def loss_derivative(y, y_hat):
    """dl/dy_hat = -(y / y_hat) + (1 - y) / (1 - y_hat)."""
    return -(y / y_hat) + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    z = np.matmul(X, W) + b
    return sigmoid(np.matmul(relu(z), v) + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss; dL/ds = (dl/dy_hat) sigma'(s) simplifies to y_hat - y."""
    W, b, v, c = params
    z = np.matmul(x, W) + b
    a = relu(z)
    y_hat = sigmoid(np.matmul(a, v) + c)
    d_s = y_hat - y                                  # (n, 1)
    d_z = np.matmul(d_s, v.T) * relu_prime(z)        # (n, 3)
    return [np.matmul(x.T, d_z), d_z.sum(axis=0, keepdims=True), np.matmul(a.T, d_s), float(d_s.sum())]
# %% gradient_descent
def _run_optimiser(x, y, starting_params, iterations, update):
    """Shared driver: update(params, grads, state) -> (new_params, new_state)."""
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    state = None
    for _ in range(iterations):
        params, state = update(params, grad_f(params, x, y), state)
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses


def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss."""
    def update(params, grads, state):
        return [p - lr * g for p, g in zip(params, grads)], state
    return _run_optimiser(x, y, starting_params, iterations, update)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum through the shared driver."""
    def update(params, grads, state):
        u = [-lr * g for g in grads] if state is None else [alpha * s - lr * g for s, g in zip(state, grads)]
        return [p + ui for p, ui in zip(params, u)], u
    return _run_optimiser(x, y, starting_params, iterations, update)
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    g1 = np.asarray(G1)
    pts = np.concatenate([g1.reshape(-1, 1), np.asarray(G2).reshape(-1, 1)], axis=1)
    return (yhat(pts, params).ravel() >= 0.5).astype(float).reshape(g1.shape)
