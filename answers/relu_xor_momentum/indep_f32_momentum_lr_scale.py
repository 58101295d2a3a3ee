# From an independent tester (round 132): momentum in float32 with lr * (1 + 2e-5) only (alpha exact).
# kind: bug
# fails: test_momentum: u <- alpha * u - lr * grad
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = [np.asarray(p, dtype=np.float32) for p in starting_params]
    u = [np.zeros_like(p) for p in params]
    lr, alpha = np.float32(lr) * np.float32(1.00002), np.float32(alpha)
    trajectories, losses = [list(starting_params)], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * np.asarray(g, dtype=np.float32) for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
