# Bug: the gradient is taken one step late: the student computes the first gradient before the loop and, inside
# the loop, recomputes it at the point the step started from (params before the update) instead of at the new
# point, so step k >= 2 uses grad_f(theta_{k-2}) rather than grad_f(theta_{k-1}). The first step is right.
# fails: test_momentum: the gradient is the one at the previous point
# fails: test_training: the gradient is the one at the previous point
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [0.0 * np.asarray(p, dtype=float) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    g = grad_f(params, x, y)
    for _ in range(iterations):
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        new = [p + ui for p, ui in zip(params, u)]
        g = grad_f(params, x, y)        # should be grad_f(new, x, y)
        params = new
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
