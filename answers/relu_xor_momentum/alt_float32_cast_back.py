# Correct answers computed in float32 and converted back to float64 at the end (float32 numbers in
# float64 arrays), in every function, the optimisers included. Accepted like float32 results, and not
# mistaken for finite-difference estimates: full marks.
# kind: alt
# %% activations
def sigmoid(z):
    z32 = np.asarray(z, dtype=np.float32)
    return (1 / (1 + np.exp(-z32))).astype(np.float64)


def relu(z):
    return np.maximum(0, np.asarray(z, dtype=np.float32)).astype(np.float64)


def sigmoid_prime(z):
    s = 1 / (1 + np.exp(-np.asarray(z, dtype=np.float32)))
    return (s * (1 - s)).astype(np.float64)


def relu_prime(z):
    return (np.asarray(z) > 0).astype(np.float64)
# %% loss
def loss(y, y_hat):
    y32, p32 = np.asarray(y, dtype=np.float32), np.asarray(y_hat, dtype=np.float32)
    return (-(y32 * np.log(p32) + (1 - y32) * np.log(1 - p32))).astype(np.float64)


def loss_derivative(y, y_hat):
    y32, p32 = np.asarray(y, dtype=np.float32), np.asarray(y_hat, dtype=np.float32)
    return (-y32 / p32 + (1 - y32) / (1 - p32)).astype(np.float64)
# %% yhat
def yhat(X, params):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    a = np.maximum(0, np.asarray(X, dtype=np.float32) @ W + b)
    return (1 / (1 + np.exp(-(a @ v + c)))).astype(np.float64)
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = (np.asarray(p, dtype=np.float32) for p in params)
    x32, y32 = np.asarray(x, dtype=np.float32), np.asarray(y, dtype=np.float32)
    z = x32 @ W + b
    a = np.maximum(0, z)
    delta = 1 / (1 + np.exp(-(a @ v + c))) - y32
    dz = (delta @ v.T) * (z > 0)
    grads = [x32.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta]
    return [g.astype(np.float64) for g in grads] + [float(delta.sum())]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [
            (np.float32(p) - np.float32(lr) * np.float32(g)).astype(np.float64) if np.ndim(p) else float(np.float32(p) - np.float32(lr) * np.float32(g))
            for p, g in zip(params, grads)
        ]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
