# From an independent tester (round 86): gradient_descent stops early 'for speed' once the loss changes by less than 1e-9: it then returns fewer than iterations + 1 entries.
# kind: bug
# fails: test_gradient_descent
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * d for p, d in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
        if abs(losses[-1] - losses[-2]) < 1e-9:
            break
    return trajectories, losses

