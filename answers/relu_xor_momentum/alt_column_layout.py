# Works internally in the seed's one-example-per-column layout (z = W^T x + b with x of shape (2, n)) and
# transposes back at the end; dc returned as a one-element array (allowed). Correct.
# Round 6 of the independent answers: it lost test_grad_f ("calls loss_derivative with its arguments in the wrong
# order") for passing (1, n) rows to the element-wise loss_derivative.
# kind: alt
# %% activations
def sigmoid(z):
    return 0.5 * (1 + np.tanh(0.5 * np.asarray(z)))


def relu(z):
    return np.fmax(z, 0)


def sigmoid_prime(z):
    return 0.25 / np.cosh(0.5 * np.asarray(z)) ** 2


def relu_prime(z):
    return 1 * (np.asarray(z) > 0)
# %% loss
def loss(y, y_hat):
    return -np.log(y_hat ** y * (1 - y_hat) ** (1 - y))


def loss_derivative(y, y_hat):
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    W, b, v, c = params
    Z = W.T @ X.T + b.T            # (3, n)
    out = sigmoid(v.T @ relu(Z) + c)  # (1, n)
    return out.T
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    X = x.T                          # (2, n)
    Y = y.T                          # (1, n)
    Z = W.T @ X + b.T                # (3, n)
    A = relu(Z)
    S = v.T @ A + c                  # (1, n)
    D = loss_derivative(Y, sigmoid(S)) * sigmoid_prime(S)   # (1, n)
    dv = A @ D.T                     # (3, 1)
    dc = np.sum(D, axis=1)           # (1,)
    DZ = (v @ D) * relu_prime(Z)     # (3, n)
    dW = (DZ @ X.T).T                # (2, 3)
    db = np.sum(DZ, axis=1, keepdims=True).T
    return (dW, db, dv, dc)
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    def as_c(val):
        return float(np.asarray(val).reshape(-1)[0])

    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    while len(trajectories) <= iterations:
        W, b, v, c = trajectories[-1]
        dW, db, dv, dc = grad_f(trajectories[-1], x, y)
        nxt = [W - lr * dW, b - lr * db, v - lr * dv, as_c(c - lr * np.asarray(dc))]
        trajectories.append(nxt)
        losses.append(total_loss(nxt, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    uW = ub = uv = 0.0
    uc = 0.0
    while len(trajectories) <= iterations:
        W, b, v, c = trajectories[-1]
        dW, db, dv, dc = grad_f(trajectories[-1], x, y)
        uW = alpha * uW - lr * dW
        ub = alpha * ub - lr * db
        uv = alpha * uv - lr * dv
        uc = alpha * uc - lr * float(np.asarray(dc).reshape(-1)[0])
        nxt = [W + uW, b + ub, v + uv, c + uc]
        trajectories.append(nxt)
        losses.append(total_loss(nxt, x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    P = np.vstack((G1.ravel(), G2.ravel()))       # (2, m), columns are points
    return (yhat(P.T, params).T >= 0.5).reshape(G1.shape).astype(float)
