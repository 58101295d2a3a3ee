# Blind round 132 (written from the release notebook alone, without the tests): float32 exp(-|z|) activations cast back to float64, float32-mixed loss, exact where-delta gradient
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """Computed in float32 with the exp(-|z|) form, cast back to float64 at the end."""
    z32 = np.asarray(z, dtype=np.float32)
    e = np.exp(-np.abs(z32))
    s = np.where(z32 >= 0, 1 / (1 + e), e / (1 + e))
    return s.astype(np.float64)


def relu(z):
    out = np.array(z, dtype=np.float32, copy=True)
    out[out < 0] = 0
    return out.astype(np.float64)


def sigmoid_prime(z):
    e = np.exp(-np.abs(np.asarray(z, dtype=np.float32)))
    return (e / ((1 + e) * (1 + e))).astype(np.float64)


def relu_prime(z):
    return np.asarray(z) > 0
# %% loss
def loss(y, y_hat):
    """1 - y_hat formed in float64 (no cancellation), the logs in float32; float32 result."""
    y_hat = np.asarray(y_hat, dtype=float)
    one_minus = (1.0 - y_hat).astype(np.float32)
    p = y_hat.astype(np.float32)
    y32 = np.asarray(y, dtype=np.float32)
    return -(y32 * np.log(p) + (1 - y32) * np.log(one_minus))


def loss_derivative(y, y_hat):
    """(y_hat - y) / (y_hat (1 - y_hat)), computed in float32."""
    y_hat = np.asarray(y_hat, dtype=float)
    one_minus = (1.0 - y_hat).astype(np.float32)
    diff = (y_hat - np.asarray(y, dtype=float)).astype(np.float32)
    return diff / (y_hat.astype(np.float32) * one_minus)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    return sigmoid(relu(X @ W + b) @ v + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = np.dot(x, W) + b
    mask = relu_prime(z)
    a = relu(z)
    s = np.dot(a, v) + c
    # y_hat - y, written without cancellation: sigma(s) for y = 0, -sigma(-s) for y = 1
    delta = np.where(np.asarray(y) == 1, -sigmoid(-s), sigmoid(s))
    dv = np.dot(a.T, delta)
    dz = np.multiply(np.dot(delta, v.T), mask)
    dW = np.dot(x.T, dz)
    db = np.ones((1, x.shape[0])) @ dz
    dc = float(delta.sum())
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    current = [np.array(p, dtype=float, copy=True) for p in starting_params[:3]] + [float(starting_params[3])]
    trajectories, losses = [], []
    for k in range(iterations + 1):
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
        if k == iterations:
            break
        grads = grad_f(current, x, y)
        current = [np.subtract(p, np.multiply(lr, g)) for p, g in zip(current, grads)]
    return (trajectories, losses)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    shape = np.shape(G1)
    points = np.stack([np.asarray(G1), np.asarray(G2)], axis=-1).reshape(-1, 2)
    p = yhat(points, params)
    return np.where(p >= 0.5, 1.0, 0.0).reshape(shape)
