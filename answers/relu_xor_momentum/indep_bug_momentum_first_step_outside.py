# From an independent tester (round 106): Momentum takes the first (plain) gradient step before the loop and then loops iterations - 1 times, so iterations=0 still takes a step.
# kind: bug
# fails: test_momentum
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    # the first step is a plain gradient step (u = 0)
    g = grad_f(params, x, y)
    u = [-lr * gi for gi in g]
    params = [p + ui for p, ui in zip(params, u)]
    trajectories.append(params)
    losses.append(total_loss(params, x, y))
    for k in range(iterations - 1):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
