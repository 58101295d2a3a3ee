# From an independent tester (round 79): gradient_descent_momentum's parameter lr renamed to learning_rate: a call with lr=... raises TypeError.
# kind: bug
# Was told only "often a call with the wrong number or kind of arguments".
# fails: test_momentum: the task's gradient_descent_momentum takes (x, y, starting_params, iterations, lr, alpha)
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, learning_rate, alpha):
    params = list(starting_params)
    u = [0 * np.asarray(p, dtype=float) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - learning_rate * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
