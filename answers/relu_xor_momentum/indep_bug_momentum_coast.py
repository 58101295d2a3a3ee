# From an independent tester (round 114): Momentum skips the gradient (coasts on the velocity) on every other step after step 5: shows only in runs longer than 5 steps.
# Its message said "the gradient is capped at 1.78e-15"; it now says the step used no gradient.
# kind: bug
# fails: test_momentum: moved by the velocity alone
# fails: test_training: moved by the velocity alone
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    for k in range(iterations):
        # speed-up: past the warm-up, the velocity is big enough to coast on every other step
        if k >= 5 and k % 2 == 1:
            g = [0.0 * gi for gi in g]
        else:
            g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        params[3] = float(params[3])
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
