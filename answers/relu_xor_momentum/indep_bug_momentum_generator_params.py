# From an independent tester (round 81): Bug: momentum builds the new parameters as a generator expression (parentheses instead of brackets), so each trajectory entry is a one-shot generator, not a list.
# kind: bug
# Was told "calls grad_f with its arguments in the wrong order".
# fails: test_momentum: calls grad_f with an empty parameter list
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = starting_params
    us = [0 * np.asarray(p, dtype=float) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(list(params), x, y)
        us = [alpha * u - lr * g for u, g in zip(us, grads)]
        params = (p + u for p, u in zip(params, us))
        trajectories.append(params)
        losses.append(total_loss(list(params), x, y))
    return trajectories, losses
