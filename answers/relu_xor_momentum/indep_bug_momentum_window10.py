# From an independent tester (round 109): Momentum recomputes u from only the last 10 gradients (a "window" to save memory), wrong after 10 steps.
# kind: bug
# fails: test_momentum: only the last 10 gradients
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    trajectories = [list(starting_params)]
    losses = [total_loss(starting_params, x, y)]
    history = []
    theta = list(starting_params)
    for _ in range(iterations):
        history.append(grad_f(theta, x, y))
        history = history[-10:]
        m = len(history)
        u = [-lr * sum(alpha ** (m - 1 - j) * history[j][i] for j in range(m)) for i in range(4)]
        theta = [p + du for p, du in zip(theta, u)]
        trajectories.append(theta)
        losses.append(total_loss(theta, x, y))
    return trajectories, losses
