# Correct answers structured with helper functions of the student's own (a forward pass returning a
# cache, a parameter-update helper, an unpack function), a grad_f that calls yhat for its output,
# copy-then-modify code (allowed: the copy is the function's own array), and a decision_grid with
# np.c_ that returns a boolean array. Full marks.
# kind: alt
# %% activations
def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def relu(z):
    out = np.array(z, dtype=float, copy=True)
    out[out < 0] = 0.0
    return out


def sigmoid_prime(z):
    return sigmoid(z) * (1 - sigmoid(z))


def relu_prime(z):
    slope = np.zeros_like(z, dtype=float)
    slope[z > 0] = 1.0
    return slope
# %% grad_f
def _forward(params, x):
    W, b, v, c = params
    z = x @ W + b
    return {"z": z, "a": relu(z), "s": relu(z) @ v + c}


def grad_f(params, x, y):
    cache = _forward(params, x)
    v = params[2]
    delta = loss_derivative(y, yhat(x, params)) * sigmoid_prime(cache["s"])
    dz = delta @ v.T * relu_prime(cache["z"])
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), cache["a"].T @ delta, float(np.sum(delta))]
# %% gradient_descent
def _step(params, grads, lr):
    return [p - lr * g for p, g in zip(params, grads)]


def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [list(starting_params)]
    for _ in range(iterations):
        trajectories.append(_step(trajectories[-1], grad_f(trajectories[-1], x, y), lr))
    return trajectories, [total_loss(p, x, y) for p in trajectories]
# %% decision_grid
def decision_grid(params, G1, G2):
    probabilities = yhat(np.c_[G1.ravel(), G2.ravel()], params)
    return (probabilities >= 0.5).reshape(G1.shape)
