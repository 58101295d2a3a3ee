# The velocity line is the notebook's (u <- alpha u - lr grad) but the parameter step subtracts it
# (theta <- theta - u), so the parameters climb. The message names both lines' signs instead of telling
# the student to write the velocity line it already has.
# fails: test_momentum: the step is theta <- theta + u
# fails: test_training: the step is theta <- theta + u
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros(np.shape(p)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p - ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
