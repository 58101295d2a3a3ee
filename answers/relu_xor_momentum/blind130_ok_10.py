# Blind round 130 (written from the release notebook alone, without the tests): closures in the optimisers, in-place work on private copies in the activations, masked loss terms, bias gradient via db = ones @ dz transposed, losses as np.array, float(c) kept
# kind: alt
# base: blank
# %% activations
def _as_float_array(z):
    return np.array(z, dtype=np.float64, copy=True)


def sigmoid(z):
    """Stable sigmoid computed in place on a private copy: exp(-|z|) then the two branches."""
    z = _as_float_array(z)
    e = np.exp(-np.abs(z))
    out = 1.0 / (1.0 + e)
    neg = z < 0
    out[neg] = e[neg] * out[neg]          # e / (1 + e) for z < 0
    return out


def relu(z):
    """max(0, z) on a private copy, negative entries zeroed in place."""
    out = _as_float_array(z)
    np.maximum(out, 0.0, out=out)
    return out


def sigmoid_prime(z):
    """sigma(z) * sigma(-z) = e / (1 + e)^2 with e = exp(-|z|)."""
    e = np.exp(-np.abs(_as_float_array(z)))
    return e / ((1.0 + e) * (1.0 + e))


def relu_prime(z):
    """Integers 0 / 1."""
    return (np.asarray(z) > 0) * 1
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy, both logs from xlogy-style masks to avoid 0 * log 0."""
    y = np.asarray(y, dtype=float)
    y_hat = np.asarray(y_hat, dtype=float)
    out = np.zeros(np.broadcast(y, y_hat).shape)
    with np.errstate(divide="ignore"):
        out = out - np.where(y != 0, y * np.log(y_hat), 0.0) - np.where(y != 1, (1 - y) * np.log(1 - y_hat), 0.0)
    return out


def loss_derivative(y, y_hat):
    """dl/dy_hat = -y / y_hat + (1 - y) / (1 - y_hat)."""
    return (1.0 - y) / (1.0 - y_hat) - y / y_hat
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    hidden = relu(X @ W + b)
    out = hidden @ v
    return sigmoid(out + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss, step by step through the chain rule."""
    W, b, v, c = params
    z1 = x @ W + b
    h = relu(z1)
    z2 = h @ v + c
    dL_dyhat = loss_derivative(y, sigmoid(z2))
    dL_dz2 = dL_dyhat * sigmoid_prime(z2)
    dL_dv = h.T @ dL_dz2
    dL_dc = float(dL_dz2.sum())
    dL_dh = dL_dz2 @ v.T
    dL_dz1 = dL_dh * relu_prime(z1)
    dL_dW = x.T @ dL_dz1
    dL_db = (np.ones((x.shape[0], 1)).T @ dL_dz1)
    return [dL_dW, dL_db, dL_dv, dL_dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent via a step closure."""
    def step(params):
        return [p - lr * g for p, g in zip(params, grad_f(params, x, y))]
    trajectories = [list(starting_params)]
    for _ in range(iterations):
        trajectories.append(step(trajectories[-1]))
    return trajectories, np.array([total_loss(p, x, y) for p in trajectories])
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum via a closure over the velocity."""
    velocity = [0.0] * len(starting_params)

    def step(params):
        g = grad_f(params, x, y)
        for i in range(len(velocity)):
            velocity[i] = alpha * velocity[i] - lr * g[i]      # rebinds list slots, new arrays
        return [p + u for p, u in zip(params, velocity)]

    trajectories = [list(starting_params)]
    for _ in range(iterations):
        trajectories.append(step(trajectories[-1]))
    return trajectories, np.array([total_loss(p, x, y) for p in trajectories])
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point, points filled into a (..., 2) array."""
    G1 = np.asarray(G1)
    G2 = np.asarray(G2)
    pts = np.empty(G1.shape + (2,))
    pts[..., 0] = G1
    pts[..., 1] = G2
    probs = yhat(pts.reshape(-1, 2), params)
    return (probs.reshape(G1.shape) >= 0.5) + 0
