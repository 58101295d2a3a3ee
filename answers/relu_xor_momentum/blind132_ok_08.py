# Blind round 132 (written from the release notebook alone, without the tests): reciprocal sigmoid, (|z|+z)/2 relu, index-assigned relu_prime, float32 backward cast back to float64
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    with np.errstate(over="ignore"):
        return np.reciprocal(1.0 + np.exp(np.negative(z, dtype=float)))


def relu(z):
    return (np.abs(z) + z) / 2.0


def sigmoid_prime(z):
    s = sigmoid(z)
    return s - s ** 2


def relu_prime(z):
    z = np.asarray(z)
    out = np.zeros(z.shape)
    out[z > 0] = 1.0
    return out
# %% loss
def loss(y, y_hat):
    y = np.asarray(y)
    y_hat = np.asarray(y_hat, dtype=float)
    return np.where(y == 1, -np.log(y_hat), -np.log1p(-y_hat))


def loss_derivative(y, y_hat):
    y = np.asarray(y)
    y_hat = np.asarray(y_hat, dtype=float)
    return np.where(y == 1, -1.0 / y_hat, 1.0 / (1.0 - y_hat))
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    Z = W.T @ np.asarray(X).T + np.reshape(b, (-1, 1))      # (3, n), one example per column
    S = v.T @ relu(Z) + c                                   # (1, n)
    return sigmoid(S).T
# %% grad_f
def grad_f(params, x, y):
    """float32 backward pass, each gradient cast back to float64 before returning."""
    W, b, v, c = params
    x32 = np.asarray(x, np.float32)
    z = (x32 @ W.astype(np.float32) + b.astype(np.float32))
    a = relu(z).astype(np.float32)
    s = a @ v.astype(np.float32) + np.float32(c)
    y_hat = sigmoid(s)
    delta = (np.asarray(loss_derivative(y, y_hat), np.float32)
             * np.asarray(sigmoid_prime(s), np.float32))
    dz = np.asarray(relu_prime(z), np.float32) * (delta @ v.astype(np.float32).T)
    dW = np.einsum("ni,nj->ij", x32, dz)          # sum of per-example outer products
    return [dW.astype(np.float64), dz.sum(0, keepdims=True).astype(np.float64),
            (a.T @ delta).astype(np.float64), float(delta.sum())]
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
    points = np.c_[np.asarray(G1).flatten(), np.asarray(G2).flatten()]
    Z = np.zeros(points.shape[0])
    Z[yhat(points, params)[:, 0] >= 0.5] = 1
    return Z.reshape(np.asarray(G1).shape)
