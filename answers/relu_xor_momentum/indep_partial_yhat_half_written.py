# Round 41 (partly done notebooks). All done except yhat, which is half written and raises NameError (uses `hidden` never assigned).
# base: blank
# fails: test_yhat: before any line of it computes it
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
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    """Derivative of each example's loss with respect to y_hat. Shapes (n, 1) -> (n, 1)."""
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    """Output of the network for a batch (half written)."""
    W, b, v, c = params
    z = X @ W + b
    # TODO: hidden activations
    return sigmoid(hidden @ v + c)
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy of the network on a batch."""
    W, b, v, c = params
    z = x @ W + b              # (n, 3)
    a = relu(z)                # (n, 3)
    s = a @ v + c              # (n, 1)
    out = sigmoid(s)           # (n, 1)
    delta_out = loss_derivative(y, out) * sigmoid_prime(s)   # dL/ds, (n, 1)
    dc = float(np.sum(delta_out))
    dv = a.T @ delta_out                                      # (3, 1)
    delta_hidden = (delta_out @ v.T) * relu_prime(z)          # (n, 3)
    db = np.sum(delta_hidden, axis=0, keepdims=True)          # (1, 3)
    dW = x.T @ delta_hidden                                   # (2, 3)
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss."""
    current = list(starting_params)
    trajectories = [current]
    losses = [total_loss(current, x, y)]
    for _ in range(iterations):
        grads = grad_f(current, x, y)
        current = [p - lr * g for p, g in zip(current, grads)]
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum."""
    current = list(starting_params)
    velocity = [np.zeros_like(np.asarray(p, dtype=float)) for p in current]
    trajectories = [current]
    losses = [total_loss(current, x, y)]
    for _ in range(iterations):
        grads = grad_f(current, x, y)
        velocity = [alpha * u - lr * g for u, g in zip(velocity, grads)]
        current = [p + u for p, u in zip(current, velocity)]
        current[3] = float(current[3])
        trajectories.append(current)
        losses.append(total_loss(current, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class (0 or 1) at every grid point."""
    points = np.column_stack([np.ravel(G1), np.ravel(G2)])
    probs = yhat(points, params)
    return (probs >= 0.5).astype(float).reshape(np.shape(G1))
