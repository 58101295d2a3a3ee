# The momentum uses alpha = 0.5 (the notebook's ALPHA) instead of its argument alpha: right for the
# notebook's own run (so test_training keeps its points), wrong for the test's alpha = 0.7.
# fails: test_momentum: ignores its argument alpha
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros(np.shape(p)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [0.5 * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
