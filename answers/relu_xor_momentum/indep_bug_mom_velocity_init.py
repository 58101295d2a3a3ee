# From an independent tester (round 69): the velocity starts at -lr * grad instead of 0, so the first step is
# (1 + alpha) lr grad. It was told only "1.7 times lr * grad".
# kind: bug
# fails: test_momentum: the velocity did not start at 0
# fails: test_training: the velocity did not start at 0
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [-lr * g for g in grad_f(params, x, y)]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * vel - lr * g for vel, g in zip(u, grads)]
        params = [p + vel for p, vel in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
