# From an independent tester (round 103): Momentum caps alpha at 0.9 "for stability", so any alpha in (0.9, 1) the prose allows is silently changed.
# kind: bug
# fails: test_momentum: not by alpha = 0.97
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    alpha = min(alpha, 0.9)
    params = starting_params
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
