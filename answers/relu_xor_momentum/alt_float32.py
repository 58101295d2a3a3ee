# Correct answers computed in float32 throughout: activations, loss, forward pass, gradient and both
# optimisers cast to float32 (the optimisers keep float32 parameters). The course accepts float32
# arithmetic: full marks.
# kind: alt
# %% activations
def sigmoid(z):
    z = np.asarray(z, dtype=np.float32)
    return np.float32(1) / (np.float32(1) + np.exp(-z))


def relu(z):
    return np.maximum(np.float32(0), np.asarray(z, dtype=np.float32))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (np.float32(1) - s)


def relu_prime(z):
    return (np.asarray(z) > 0).astype(np.float32)
# %% loss
def loss(y, y_hat):
    y, y_hat = np.asarray(y, dtype=np.float32), np.asarray(y_hat, dtype=np.float32)
    return -(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


def loss_derivative(y, y_hat):
    y, y_hat = np.asarray(y, dtype=np.float32), np.asarray(y_hat, dtype=np.float32)
    return -y / y_hat + (1 - y) / (1 - y_hat)
# %% yhat
def yhat(X, params):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    X = np.asarray(X, dtype=np.float32)
    return sigmoid(relu(X @ W + b) @ v + c)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    x, y = np.asarray(x, dtype=np.float32), np.asarray(y, dtype=np.float32)
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, np.float32(delta.sum())]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = [np.asarray(p, dtype=np.float32) for p in starting_params]
    trajectories, losses = [list(starting_params)], [total_loss(params, x, y)]
    lr = np.float32(lr)
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * np.asarray(g, dtype=np.float32) for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = [np.asarray(p, dtype=np.float32) for p in starting_params]
    u = [np.zeros_like(p) for p in params]
    lr, alpha = np.float32(lr), np.float32(alpha)
    trajectories, losses = [list(starting_params)], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * np.asarray(g, dtype=np.float32) for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
