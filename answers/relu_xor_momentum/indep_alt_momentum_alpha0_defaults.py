# From an independent tester (round 95): Momentum with defaults (lr=1e-3, alpha=0.5), a guard that alpha=0 is plain GD (still via the same loop), velocity as a dict, tuple return.
# kind: alt
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations=300, lr=1e-3, alpha=0.5):
    assert 0 <= alpha < 1
    names = ("W", "b", "v", "c")
    theta = dict(zip(names, starting_params))
    u = {k: 0.0 * np.asarray(val, dtype=float) for k, val in theta.items()}
    trajectories = [list(starting_params)]
    losses = [total_loss(list(starting_params), x, y)]
    for k in range(iterations):
        g = dict(zip(names, grad_f([theta[n] for n in names], x, y)))
        for n in names:
            u[n] = (alpha * u[n] if alpha else 0.0) - lr * np.asarray(g[n])
            theta[n] = theta[n] + u[n]
        p = [theta[n] for n in names]
        p[3] = float(p[3])
        trajectories.append(p)
        losses.append(total_loss(p, x, y))
    return trajectories, losses
