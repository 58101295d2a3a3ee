# From an independent tester (round 106): Momentum with an "adaptive restart": the velocity is reset to 0 whenever the loss went up, which the update rule does not allow.
# kind: bug
# fails: test_momentum: set back to 0 when the loss goes up
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        if k >= 1 and losses[-1] > losses[-2]:
            u = [np.zeros_like(ui) for ui in u]
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        params[3] = float(params[3])
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
