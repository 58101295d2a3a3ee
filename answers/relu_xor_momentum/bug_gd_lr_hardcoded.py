# gradient_descent uses a hard-coded learning rate 1e-3 (the notebook's LR) instead of its argument lr.
# The message says lr is ignored (not "the cost's normalisation" or "a factor 2"). test_training runs
# with lr = 1e-3, so it keeps its points.
# fails: test_gradient_descent: ignores its argument lr
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        params = [p - 0.001 * g for p, g in zip(params, grad_f(params, x, y))]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
