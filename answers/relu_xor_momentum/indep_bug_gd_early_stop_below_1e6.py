# From an independent tester (round 85): gradient_descent stops early once a step changes the loss by less than 1e-6 (a "convergence check"): fewer than iterations + 1 entries whenever training stalls or starts at a flat point.
# At a fixed lr = 1e-7 or 1e-8 its stop kept the points on some draws of the hidden data; the run now takes lr from the gradient (a loss change of about 1e-13).
# kind: bug
# fails: test_gradient_descent
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
        if abs(losses[-1] - losses[-2]) < 1e-6:
            break
    return trajectories, losses
