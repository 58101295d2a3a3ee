# From an independent tester (round 43).
# gradient_descent: stops early when the loss changes by less than 1e-4, returning fewer than iterations + 1 entries.
# Kept full marks before round 43's lr = 1e-7 run.
# fails: test_gradient_descent: does the loop stop early
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
        if abs(losses[-2] - losses[-1]) < 1e-4:
            break
    return trajectories, losses
