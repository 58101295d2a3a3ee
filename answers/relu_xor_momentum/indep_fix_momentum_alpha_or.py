# From an independent tester (round 106): Fix of bug_momentum_alpha_or as the message says: use the argument alpha as it is.
# kind: other
# score: full
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
