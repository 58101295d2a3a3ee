# Blind round 133 (written from the release notebook alone, without the tests): matmul orders and transposed bookkeeping: backward done on (3, n) column-major intermediates, sigmoid_prime via 1/(2+2cosh z), relu_prime via np.heaviside
# kind: alt
# base: blank
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    return np.exp(np.minimum(z, 0.0)) / (1.0 + np.exp(-np.abs(z)))


def relu(z):
    return np.maximum(0, np.asarray(z, dtype=float))


def sigmoid_prime(z):
    z = np.asarray(z, dtype=float)
    with np.errstate(over="ignore"):
        return 1.0 / (2.0 + 2.0 * np.cosh(z))


def relu_prime(z):
    return np.heaviside(z, 0)
# %% loss
def loss(y, y_hat):
    return -y * np.log(y_hat) - (1 - y) * np.log(1 - y_hat)


def loss_derivative(y, y_hat):
    return (1 - y) / (1 - y_hat) - y / y_hat
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    Zt = np.dot(W.T, X.T) + b.reshape(-1, 1)          # (3, n)
    return sigmoid(np.dot(relu(Zt).T, v) + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    Zt = W.T @ x.T + b.T                                # (3, n)
    At = relu(Zt)
    st = v.T @ At + c                                   # (1, n)
    pt = sigmoid(st)
    dst = loss_derivative(y.T, pt) * sigmoid_prime(st)  # (1, n)
    dZt = (v @ dst) * relu_prime(Zt)                    # (3, n)
    dW = (dZt @ x).T                                    # (2, 3)
    db = dZt.sum(axis=1).reshape(1, -1)
    dv = At @ dst.T                                     # (3, 1)
    dc = dst.sum()
    return dW, db, dv, dc
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    names = ("W", "b", "v", "c")
    state = dict(zip(names, starting_params))
    trajectories = [[state[k] for k in names]]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        grad = dict(zip(names, grad_f([state[k] for k in names], x, y)))
        state = {k: state[k] - lr * grad[k] for k in names}
        trajectories.append([state[k] for k in names])
        losses.append(total_loss(trajectories[-1], x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    names = ("W", "b", "v", "c")
    state = dict(zip(names, starting_params))
    vel = {k: 0.0 for k in names}
    trajectories = [[state[k] for k in names]]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        grad = dict(zip(names, grad_f([state[k] for k in names], x, y)))
        vel = {k: alpha * vel[k] - lr * grad[k] for k in names}
        state = {k: state[k] + vel[k] for k in names}
        trajectories.append([state[k] for k in names])
        losses.append(total_loss(trajectories[-1], x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    G1 = np.asarray(G1)
    pts = np.array([G1.flatten(), np.asarray(G2).flatten()]).T
    return (yhat(pts, params) >= 0.5).flatten().astype(float).reshape(G1.shape)
