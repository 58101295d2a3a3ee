# From an independent tester (round 8): the message found the step, not the velocity rebuilt at every step.
# The velocity keeps only the last gradient step (-lr g), not the decayed sum: theta += alpha * (-lr g_prev) - lr g.
# Steps 1 and 2 equal true momentum; from step 3 on the older steps are missing.
# fails: test_momentum: accumulat
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    prev_step = [0.0 * np.asarray(p, dtype=float) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        step = [-lr * g for g in grads]
        params = [p + alpha * q + s for p, q, s in zip(params, prev_step, step)]
        prev_step = step
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
