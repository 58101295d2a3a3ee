# Nesterov momentum: the gradient is taken at the look-ahead point theta + alpha u instead of at theta.
# The first step is right (u = 0), the second is not.
# fails: test_momentum: Nesterov
# fails: test_training: Nesterov
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros(np.shape(p)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        ahead = [p + alpha * ui for p, ui in zip(params, u)]
        grads = grad_f(ahead, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
