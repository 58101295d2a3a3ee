# The momentum update forgets alpha: u <- u - lr grad. The first step is right (u starts at 0), the
# second is not; test_training (built on the optimisers) fails the same way.
# fails: test_momentum: alpha is ignored
# fails: test_training: alpha is ignored
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    velocity = [0.0 * np.asarray(p) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        velocity = [u - lr * g for u, g in zip(velocity, grads)]
        params = [p + u for p, u in zip(params, velocity)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
