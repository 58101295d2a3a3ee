# The optimisers bind grad_f as a default argument (allowed), but this grad_f averages over the batch:
# as the task says, the tests then run the student's own grad_f, so the optimisers' tests and the
# training test lose their points too.
# fails: test_grad_f: grad_f averages over the n=
# fails: test_gradient_descent: lr * grad divided by n = 6
# fails: test_momentum: lr * grad divided by n = 6
# fails: test_training: lr * grad divided by n = 500
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    n = x.shape[0]
    z = x @ W + b
    a = relu(z)
    delta = (sigmoid(a @ v + c) - y) / n
    dz = (delta @ v.T) * relu_prime(z)
    return [x.T @ dz, np.sum(dz, axis=0, keepdims=True), a.T @ delta, float(np.sum(delta))]
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr, grad=grad_f):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        params = [p - lr * g for p, g in zip(params, grad(params, x, y))]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha, grad=grad_f):
    params = list(starting_params)
    u = [np.zeros(np.shape(p)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        u = [alpha * ui - lr * g for ui, g in zip(u, grad(params, x, y))]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
