# Blind round 130 (written from the release notebook alone, without the tests): tanh form of the sigmoid, sigmoid(z)*sigmoid(-z) derivative, heaviside relu_prime, einsum gradients, stacked grid
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Logistic sigmoid via 0.5 * (1 + tanh(z / 2)), identical to 1 / (1 + exp(-z))."""
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def relu(z):
    """ReLU as z times the indicator of z > 0."""
    z = np.asarray(z, dtype=float)
    return z * (z > 0)


def sigmoid_prime(z):
    """sigma'(z) = sigma(z) * sigma(-z)."""
    return sigmoid(z) * sigmoid(-np.asarray(z, dtype=float))


def relu_prime(z):
    """Heaviside step with value 0 at z = 0."""
    return np.heaviside(np.asarray(z, dtype=float), 0.0)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example, log1p for the second term."""
    return -y * np.log(y_hat) - (1.0 - y) * np.log1p(-y_hat)


def loss_derivative(y, y_hat):
    """dl/dy_hat for y in {0, 1}: (y_hat - y) / (y_hat (1 - y_hat))."""
    return (y_hat - y) / (y_hat * (1.0 - y_hat))
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    hidden = relu(np.einsum("ni,ij->nj", X, W) + b)
    return sigmoid(np.einsum("nj,jk->nk", hidden, v) + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss, written with einsum."""
    W, b, v, c = params
    z = np.einsum("ni,ij->nj", x, W) + b
    a = relu(z)
    s = np.einsum("nj,jk->nk", a, v) + c
    g_out = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)       # (n, 1)
    dv = np.einsum("nj,nk->jk", a, g_out)
    dc = np.einsum("nk->", g_out)
    g_hidden = np.einsum("nk,jk->nj", g_out, v) * relu_prime(z)      # (n, 3)
    dW = np.einsum("ni,nj->ij", x, g_hidden)
    db = np.einsum("nj->j", g_hidden)[None, :]
    return dW, db, dv, dc
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss."""
    trajectories = [list(starting_params)]
    for k in range(iterations):
        current = trajectories[-1]
        trajectories.append([theta - lr * d for theta, d in zip(current, grad_f(current, x, y))])
    losses = [total_loss(p, x, y) for p in trajectories]
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum with velocities kept in a tuple."""
    current = list(starting_params)
    u = (0.0, 0.0, 0.0, 0.0)
    trajectories = [current]
    for k in range(iterations):
        d = grad_f(current, x, y)
        u = tuple(alpha * ui - lr * di for ui, di in zip(u, d))
        current = [theta + ui for theta, ui in zip(current, u)]
        trajectories.append(current)
    losses = np.array([total_loss(p, x, y) for p in trajectories])
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    shape = np.shape(G1)
    pts = np.stack([np.asarray(G1, dtype=float), np.asarray(G2, dtype=float)], axis=-1).reshape(-1, 2)
    return np.where(yhat(pts, params) >= 0.5, 1, 0).reshape(shape)
