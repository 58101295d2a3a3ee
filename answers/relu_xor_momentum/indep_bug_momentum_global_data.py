# From an independent tester (round 74): gradient_descent_momentum computes gradients and losses on the notebook's training data xs, ys instead of its arguments x, y. It keeps test_training's points by design: that test trains on the notebook's own xs, ys.
# kind: bug
# fails: test_momentum: reads the notebook's xs and ys
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, xs, ys)]
    for _ in range(iterations):
        g = grad_f(params, xs, ys)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, xs, ys))
    return trajectories, losses
