# From an independent tester (round 119): Momentum clips every gradient entry to [-5, 5] as a "safety" guard against exploding gradients.
# kind: bug
# fails: test_momentum: the gradient is capped at 5 in size
# fails: test_training: the gradient is capped at 5 in size
# self-check: test_momentum: the gradient is capped at 5 in size
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum: u <- alpha u - lr grad L(theta), theta <- theta + u, u = 0 at the start."""
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = [np.clip(g, -5.0, 5.0) for g in grad_f(params, x, y)]   # avoid blow-ups
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
