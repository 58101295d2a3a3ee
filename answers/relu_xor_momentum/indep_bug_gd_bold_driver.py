# From an independent tester (round 106): gradient_descent halves the learning rate whenever the loss went up ("bold driver"), so steps after a rise are not lr * grad.
# kind: bug
# fails: test_gradient_descent
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        if k >= 1 and losses[-1] > losses[-2]:
            lr = lr / 2
        g = grad_f(params, x, y)
        params = [p - lr * gi for p, gi in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
