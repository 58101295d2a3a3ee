# From an independent tester (round 82): Four mistakes: loss/loss_derivative clip y_hat to [1e-3, 1-1e-3]; grad_f forgets relu_prime(z) in dz; gradient_descent never records the start (iterations entries); decision_grid uses > 0.5.
# kind: bug
# fails: test_loss
# fails: test_grad_f
# fails: test_gradient_descent
# fails: test_training
# fails: test_decision_grid
# %% activations
def sigmoid(z):
    """Logistic sigmoid 1 / (1 + exp(-z)), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))          # never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def relu(z):
    """ReLU max(0, z), element-wise; same shape as z."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.0)


def sigmoid_prime(z):
    """Derivative of the sigmoid at z (the sigmoid's input), element-wise; same shape as z."""
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    """Derivative of the ReLU at z: 1 where z > 0, 0 elsewhere; same shape as z."""
    return (np.asarray(z) > 0).astype(float)
# %% after activations
zz = np.linspace(-5, 5, 11)
print("sigmoid:", np.round(sigmoid(zz), 3))
print("relu_prime:", relu_prime(zz))
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example."""
    p = np.clip(y_hat, 1e-3, 1 - 1e-3)     # BUG: guard far too wide
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def loss_derivative(y, y_hat):
    """d loss / d y_hat, per example."""
    p = np.clip(y_hat, 1e-3, 1 - 1e-3)     # BUG: guard far too wide
    return (p - y) / (p * (1 - p))
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    hidden = relu(X @ W + b)
    return sigmoid(hidden @ v + c)
# %% after yhat
print("y_hat at init for 3 points:", yhat(np.array([[1.0, 1.0], [-1.0, 1.0], [0.0, 0.0]]), params_init).ravel())
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy."""
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    p = sigmoid(s)
    delta = loss_derivative(y, p) * sigmoid_prime(s)
    dv = a.T @ delta
    dc = float(np.sum(delta))
    dz = delta @ v.T                   # BUG: forgot relu_prime(z)
    dW = x.T @ dz
    db = np.sum(dz, axis=0, keepdims=True)
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss."""
    current = list(starting_params)
    trajectories, losses = [], []
    for step in range(iterations):
        grads = grad_f(current, x, y)
        current = [p - lr * g for p, g in zip(current, grads)]
        trajectories.append(current)                 # BUG: start never recorded, only `iterations` entries
        losses.append(total_loss(current, x, y))
    return trajectories, losses
# %% after gradient_descent
print("shapes in my gradient:", [np.shape(g) for g in grad_f(params_init, xs[:5], ys[:5])])
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum."""
    theta = list(starting_params)
    vel = [0.0 * p for p in theta]
    trajectories, losses = [theta], [total_loss(theta, x, y)]
    for _ in range(iterations):
        grads = grad_f(theta, x, y)
        vel = [alpha * u - lr * g for u, g in zip(vel, grads)]
        theta = [p + u for p, u in zip(theta, vel)]
        trajectories.append(theta)
        losses.append(total_loss(theta, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    points = np.column_stack([np.ravel(G1), np.ravel(G2)])
    return (yhat(points, params) > 0.5).astype(float).reshape(np.shape(G1))   # BUG: y_hat = 0.5 counted as class 0
