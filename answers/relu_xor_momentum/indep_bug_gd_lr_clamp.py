# From an independent tester (round 110): gradient_descent clamps the learning rate to at most 0.1 "for safety", so a larger lr takes the wrong steps.
# kind: bug
# fails: test_gradient_descent: caps its argument lr
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    lr = min(lr, 0.1)
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * d for p, d in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
