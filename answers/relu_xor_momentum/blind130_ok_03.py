# Blind round 130 (written from the release notebook alone, without the tests): logaddexp-based sigmoid and derivative, boolean relu_prime, transposed matmul orders, zeros_like velocities
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    """sigma(z) = exp(-log(1 + exp(-z))), with log(1 + exp(-z)) from np.logaddexp."""
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))


def relu(z):
    """max(0, z) with np.where (a new array)."""
    z = np.asarray(z, dtype=float)
    return np.where(z > 0, z, 0.0)


def sigmoid_prime(z):
    """sigma'(z) = exp(-z) / (1 + exp(-z))^2 = exp(-z - 2 log(1 + exp(-z)))."""
    z = np.asarray(z, dtype=float)
    return np.exp(-z - 2.0 * np.logaddexp(0.0, -z))


def relu_prime(z):
    """Boolean slope: True where z > 0."""
    return np.greater(z, 0)
# %% loss
def loss(y, y_hat):
    """Binary cross-entropy of each example."""
    return -(np.log(y_hat) * y + np.log(1.0 - y_hat) * (1.0 - y))


def loss_derivative(y, y_hat):
    """dl/dy_hat = (1 - y) / (1 - y_hat) - y / y_hat."""
    return np.subtract((1.0 - y) / (1.0 - y_hat), y / y_hat)
# %% yhat
def yhat(X, params):
    """Output of the network for a batch, computed transposed then transposed back."""
    W, b, v, c = params
    Z_T = W.T @ X.T + b.T          # (3, n)
    return sigmoid(v.T @ relu(Z_T) + c).T
# %% grad_f
def grad_f(params, x, y):
    """Gradient of the summed loss, backward pass in the (features, n) layout."""
    W, b, v, c = params
    zT = W.T @ x.T + b.T           # (3, n)
    aT = relu(zT)
    sT = v.T @ aT + c              # (1, n)
    dsT = loss_derivative(y.T, sigmoid(sT)) * sigmoid_prime(sT)   # (1, n)
    dv = (dsT @ aT.T).T            # (3, 1)
    dc = dsT.sum()
    dzT = (v @ dsT) * relu_prime(zT)   # (3, n)
    dW = (dzT @ x).T               # (2, 3)
    db = dzT.sum(axis=1).reshape(1, -1)
    return [dW, db, dv, dc]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent; parameters unpacked by name."""
    W, b, v, c = starting_params
    trajectories = [[W, b, v, c]]
    losses = [total_loss([W, b, v, c], x, y)]
    for step in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        W = W - lr * dW
        b = b - lr * db
        v = v - lr * dv
        c = c - lr * dc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Momentum, one velocity per named parameter."""
    W, b, v, c = starting_params
    uW, ub, uv, uc = np.zeros_like(W), np.zeros_like(b), np.zeros_like(v), 0.0
    trajectories = [[W, b, v, c]]
    losses = [total_loss([W, b, v, c], x, y)]
    for step in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        uW = alpha * uW - lr * dW
        ub = alpha * ub - lr * db
        uv = alpha * uv - lr * dv
        uc = alpha * uc - lr * dc
        W, b, v, c = W + uW, b + ub, v + uv, c + uc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    """Predicted class at every grid point, via np.c_."""
    G1 = np.asarray(G1)
    batch = np.c_[G1.reshape(-1), np.asarray(G2).reshape(-1)]
    Z = yhat(batch, params)[:, 0] >= 0.5
    return Z.reshape(G1.shape).astype(int)
