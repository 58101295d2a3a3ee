# Blind round 130 (written from the release notebook alone, without the tests): backprop through explicit per-node local derivatives (dz/dW via broadcasting sum), log-space sigmoid and derivative, recursion-free generator optimisers
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """sigma(z) = exp(z) / (1 + exp(z)) = exp(z - log(1 + exp(z))), the log from np.logaddexp."""
    z = np.asarray(z, dtype=float)
    return np.exp(z - np.logaddexp(0.0, z))


def relu(z):
    """max(0, z) via np.maximum with 0 first."""
    return np.maximum(0.0, np.asarray(z, dtype=float))


def sigmoid_prime(z):
    """sigma'(z) = e / (1 + e)^2 with e = exp(-|z|), taken through logs: exp(-|z| - 2 log1p(e))."""
    m = np.abs(np.asarray(z, dtype=float))
    return np.exp(-m - 2.0 * np.log1p(np.exp(-m)))


def relu_prime(z):
    """Slope 1 / 0 from np.sign clipped at 0."""
    return np.clip(np.sign(np.asarray(z, dtype=float)), 0.0, 1.0)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example."""
    y = np.asarray(y, dtype=float)
    y_hat = np.asarray(y_hat, dtype=float)
    return -np.add(np.multiply(y, np.log(y_hat)), np.multiply(1.0 - y, np.log(1.0 - y_hat)))


def loss_derivative(y, y_hat):
    """dl/dy_hat."""
    y = np.asarray(y, dtype=float)
    return np.divide(1.0 - y, 1.0 - y_hat) - np.divide(y, y_hat)
# %% yhat
def yhat(X, params):
    """Output of the network: broadcasting sum over the input axis instead of a matrix product."""
    W, b, v, c = params
    z = (X[:, :, None] * W[None, :, :]).sum(axis=1) + b        # (n, 3)
    return sigmoid(relu(z) @ v + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss; outer products per example summed by broadcasting."""
    W, b, v, c = params
    z = (x[:, :, None] * W[None, :, :]).sum(axis=1) + b
    a = relu(z)
    s = a @ v + c
    p = sigmoid(s)
    dl_dp = loss_derivative(y, p)
    dp_ds = sigmoid_prime(s)
    d_s = dl_dp * dp_ds                                # (n, 1)
    d_a = d_s * v[:, 0]                                # (n, 3)
    d_z = d_a * relu_prime(z)
    dW = (x[:, :, None] * d_z[:, None, :]).sum(axis=0)   # (2, 3)
    db = d_z.sum(axis=0)[np.newaxis, :]
    dv = (a * d_s).sum(axis=0)[:, np.newaxis]
    dc = d_s.sum()
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent written as a generator of parameter lists."""
    def steps():
        params = list(starting_params)
        yield params
        for _ in range(iterations):
            params = [p - lr * g for p, g in zip(params, grad_f(params, x, y))]
            yield params
    trajectories = list(steps())
    losses = list(map(lambda p: total_loss(p, x, y), trajectories))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum as a generator; the velocity is a list of new arrays each step."""
    def steps():
        params = list(starting_params)
        u = [0.0 * np.asarray(p, dtype=float) for p in params]
        yield params
        for _ in range(iterations):
            g = grad_f(params, x, y)
            u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
            params = [p + ui for p, ui in zip(params, u)]
            yield params
    trajectories = list(steps())
    return trajectories, [total_loss(p, x, y) for p in trajectories]
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    shape = np.shape(G1)
    P = np.empty((np.size(G1), 2))
    P[:, 0] = np.ravel(G1)
    P[:, 1] = np.ravel(G2)
    return np.asarray(yhat(P, params) >= 0.5, dtype=float).reshape(shape)
