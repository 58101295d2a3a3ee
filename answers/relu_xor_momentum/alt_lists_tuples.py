# Correct answers that return other sequence types: grad_f a tuple with dc as a (1, 1) array, the
# optimisers a list [trajectories, losses] with tuples as parameter sets and losses as a numpy
# array. "Return the pair" accepts a tuple or a list; dc may be any one-element array: full marks.
# kind: alt
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    delta = loss_derivative(y, sigmoid(s)) * sigmoid_prime(s)
    dz = delta @ v.T * relu_prime(z)
    return x.T @ dz, dz.sum(axis=0, keepdims=True), a.T @ delta, np.sum(delta, keepdims=True)
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = tuple(starting_params)
    trajectories = [params]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = tuple(p - lr * g for p, g in zip(params, grads))
        trajectories.append(params)
    losses = np.array([total_loss(p, x, y) for p in trajectories])
    return [trajectories, losses]
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = tuple(starting_params)
    u = tuple(np.zeros(np.shape(p)) for p in params)
    trajectories = [params]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = tuple(alpha * ui - lr * g for ui, g in zip(u, grads))
        params = tuple(p + ui for p, ui in zip(params, u))
        trajectories.append(params)
    return [trajectories, np.array([total_loss(p, x, y) for p in trajectories])]
