# From an independent tester (round 72): gradient_descent_momentum takes its first step before the loop, then loops iterations - 1 times: iterations = 0 still takes a step (passes the visible checks).
# kind: bug
# fails: test_momentum: is the first step taken before the loop
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    g = grad_f(starting_params, x, y)
    u = [-lr * gi for gi in g]
    theta = [p + ui for p, ui in zip(starting_params, u)]
    trajectories = [starting_params, theta]
    losses = [total_loss(starting_params, x, y), total_loss(theta, x, y)]
    for _ in range(iterations - 1):
        g = grad_f(theta, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        theta = [p + ui for p, ui in zip(theta, u)]
        trajectories.append(theta)
        losses.append(total_loss(theta, x, y))
    return trajectories, losses
