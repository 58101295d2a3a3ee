# From an independent tester (round 79): gradient_descent_momentum returns (losses, trajectories): the pair in the wrong order.
# kind: bug
# Was told "trajectories[0] is the number 17.5".
# fails: test_momentum: returns (losses, trajectories)
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [0 * np.asarray(p, dtype=float) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return losses, trajectories
