# Blind round 130 (written from the release notebook alone, without the tests): augmented-matrix forward pass ([W; b] with a ones column), sums over the batch as ones-vector products, momentum as a decayed sum of gradients
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """np.divide(1, 1 + exp(-z)); exp overflow silenced (gives 0, the right value)."""
    with np.errstate(over="ignore"):
        return np.divide(1.0, 1.0 + np.exp(np.negative(z, dtype=float)))


def relu(z):
    """max(0, z) via np.where on z <= 0."""
    z = np.asarray(z, dtype=float)
    return np.where(z <= 0, 0.0, z)


def sigmoid_prime(z):
    """sigma(z) * (1 - sigma(z))."""
    s = sigmoid(z)
    return s * (1.0 - s)


def relu_prime(z):
    """sign(relu(z)): 1 where z > 0, 0 elsewhere."""
    return np.sign(relu(z))
# %% loss
def loss(y, y_hat):
    """-log of the probability of the true label: |1 - y - y_hat| is y_hat for y = 1 and 1 - y_hat for y = 0."""
    return -np.log(np.abs(1.0 - y - y_hat))


def loss_derivative(y, y_hat):
    """1 / (1 - y - y_hat): -1 / y_hat for y = 1, 1 / (1 - y_hat) for y = 0."""
    return 1.0 / (1.0 - y - y_hat)
# %% yhat
def yhat(X, params):
    """Output of the network using the augmented matrix [W; b] and a column of ones."""
    W, b, v, c = params
    X1 = np.hstack([X, np.ones((X.shape[0], 1))])
    A = relu(X1 @ np.vstack([W, b]))
    A1 = np.hstack([A, np.ones((A.shape[0], 1))])
    return sigmoid(A1 @ np.vstack([v, np.reshape(c, (1, 1))]))
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss; bias gradients as products with a row of ones."""
    W, b, v, c = params
    n = x.shape[0]
    ones = np.ones((1, n))
    z = x @ W + ones.T @ b
    a = relu(z)
    s = a @ v + c
    d_s = sigmoid_prime(s) * loss_derivative(y, sigmoid(s))
    d_z = relu_prime(z) * (d_s @ v.T)
    dW = x.T @ d_z
    db = ones @ d_z
    dv = a.T @ d_s
    dc = (ones @ d_s).item()
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent with index-based loop."""
    trajectories = [None] * (iterations + 1)
    losses = [0.0] * (iterations + 1)
    trajectories[0] = [p for p in starting_params]
    losses[0] = total_loss(trajectories[0], x, y)
    for k in range(iterations):
        grads = grad_f(trajectories[k], x, y)
        trajectories[k + 1] = [trajectories[k][i] - lr * grads[i] for i in range(len(grads))]
        losses[k + 1] = total_loss(trajectories[k + 1], x, y)
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """u_k = -lr * sum_j alpha^(k-j) g_j, kept as a running decayed sum G <- alpha G + g, u = -lr G."""
    params = list(starting_params)
    G = [0.0, 0.0, 0.0, 0.0]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        G = [alpha * Gi + gi for Gi, gi in zip(G, g)]
        params = [p - lr * Gi for p, Gi in zip(params, G)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point."""
    G1 = np.asarray(G1, dtype=float)
    G2 = np.asarray(G2, dtype=float)
    pts = np.transpose(np.array([G1.reshape(-1), G2.reshape(-1)]))
    return (yhat(pts, params) >= 0.5).astype(int).reshape(G1.shape)
