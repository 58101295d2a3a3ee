# From an independent tester (round 100): gradient_descent_momentum resets the velocity to 0 every 10 steps ("restart"): right for the first 10 steps only.
# kind: bug
# fails: test_momentum: is a plain gradient step
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        if k % 10 == 0:
            u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        params[3] = float(np.squeeze(params[3]))
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
