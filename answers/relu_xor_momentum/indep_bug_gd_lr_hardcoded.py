# From an independent tester (round 76): gradient_descent ignores its lr argument and uses the notebook's 1e-3: wrong for test_gradient_descent's lr = 0.05 (test_training uses 1e-3, so it should keep those points).
# kind: bug
# fails: test_gradient_descent
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent."""
    step = 1e-3
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - step * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
