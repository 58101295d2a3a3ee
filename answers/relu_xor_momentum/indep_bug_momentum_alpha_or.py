# From an independent tester (round 106): Momentum defaults the coefficient with alpha = alpha or 0.5, so alpha = 0 (allowed: plain gradient descent) runs with 0.5.
# kind: bug
# fails: test_momentum
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    alpha = alpha or 0.5
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
