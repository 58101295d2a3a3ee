# The momentum update adds the gradient: u <- alpha u + lr grad, theta <- theta + u, which climbs the
# loss from the very first step. test_training builds on the optimisers and fails with the same message.
# fails: test_momentum: moves the parameters up the gradient
# fails: test_training: moves the parameters up the gradient
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    velocity = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        velocity = [alpha * u + lr * g for u, g in zip(velocity, grads)]
        params = [p + u for p, u in zip(params, velocity)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
