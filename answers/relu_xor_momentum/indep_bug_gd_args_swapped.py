# From an independent tester (round 118): gradient_descent's signature has lr before iterations (x, y, starting_params, lr, iterations): right only when called with keywords.
# kind: bug
# fails: test_gradient_descent: the task's parameters in another order: (x, y, starting_params, iterations, lr)
# %% gradient_descent
def gradient_descent(x, y, starting_params, lr, iterations):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for k in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * gi for p, gi in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
