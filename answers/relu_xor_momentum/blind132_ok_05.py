# Blind round 132 (written from the release notebook alone, without the tests): logaddexp sigmoid / sigmoid_prime, clip guard loss, float32 backward pass returned as float32
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """sigma(z) = exp(-log(1 + exp(-z))) via logaddexp."""
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))


def relu(z):
    z = np.asarray(z, dtype=float)
    return z * (z > 0)


def sigmoid_prime(z):
    """log sigma'(z) = log sigma(z) + log sigma(-z)."""
    z = np.asarray(z, dtype=float)
    return np.exp(-np.logaddexp(0.0, -z) - np.logaddexp(0.0, z))


def relu_prime(z):
    return np.greater(z, 0) * 1
# %% loss
def loss(y, y_hat):
    p = np.clip(y_hat, 1e-7, 1 - 1e-7)
    return -y * np.log(p) - (1 - y) * np.log1p(-p)


def loss_derivative(y, y_hat):
    p = np.clip(y_hat, 1e-7, 1 - 1e-7)
    return (p - y) / (p * (1 - p))
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    hidden = relu(np.add(np.matmul(X, W), b))
    return sigmoid(np.matmul(hidden, v) + float(np.squeeze(c)))
# %% grad_f
def grad_f(params, x, y):
    """Whole backward pass in float32 (inputs cast once), results returned as float32."""
    f = np.float32
    W, b, v, c = (np.asarray(p, dtype=f) for p in params)
    x = np.asarray(x, dtype=f)
    y = np.asarray(y, dtype=f)
    z = x @ W + b
    a = np.asarray(relu(z), dtype=f)
    s = a @ v + c
    delta = np.asarray(sigmoid(s), dtype=f) - y      # dL/ds for sigmoid + cross-entropy
    dv = a.T @ delta
    dz = (delta * v.T) * np.asarray(relu_prime(z), dtype=f)     # (n,1)*(1,3) broadcast
    dW = x.T @ dz
    db = dz.sum(axis=0, keepdims=True)
    dc = f(delta.sum())
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    W, b, v, c = starting_params
    trajectories = [[W, b, v, c]]
    for _ in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        W = W - lr * dW
        b = b - lr * db
        v = v - lr * dv
        c = c - lr * dc
        trajectories.append([W, b, v, c])
    losses = np.array([total_loss(p, x, y) for p in trajectories])
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    # theta_{k+1} = theta_k + alpha (theta_k - theta_{k-1}) - lr grad, with theta_{-1} = theta_0 (u = 0)
    trajectories = [list(starting_params)]
    previous = list(starting_params)
    for _ in range(iterations):
        current = trajectories[-1]
        grads = grad_f(current, x, y)
        new = [p + alpha * (p - q) - lr * g for p, q, g in zip(current, previous, grads)]
        previous = current
        trajectories.append(new)
    losses = [total_loss(p, x, y) for p in trajectories]
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    G1, G2 = np.asarray(G1), np.asarray(G2)
    points = np.column_stack([G1.ravel(), G2.ravel()])
    return (yhat(points, params) >= 0.5).astype(float).reshape(G1.shape)
