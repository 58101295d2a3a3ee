# Momentum as an exponential moving average of the gradients, u <- alpha u + (1 - alpha) grad,
# theta <- theta - lr u (another convention, not this notebook's): the first step is already
# (1 - alpha) lr grad.
# fails: test_momentum: exponential moving average
# fails: test_training: exponential moving average
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros(np.shape(p)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui + (1 - alpha) * g for ui, g in zip(u, grads)]
        params = [p - lr * ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
