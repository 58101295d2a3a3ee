# From an independent tester (round 111): gradient_descent halves the learning rate every 100 steps (a schedule the task does not ask for): only long runs differ.
# kind: bug
# fails: test_gradient_descent
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for k in range(iterations):
        if k > 0 and k % 100 == 0:
            lr = lr / 2
        g = grad_f(params, x, y)
        params = [p - lr * dp for p, dp in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
