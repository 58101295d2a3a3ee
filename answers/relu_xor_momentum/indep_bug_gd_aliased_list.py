# From an independent tester (round 35).
# gradient_descent copies the list once (params = list(starting_params)) but then updates that list in place and
# appends the same object every step: all trajectories[k] for k >= 1 are the same final point.
# fails: test_gradient_descent: one list was appended at every step and its items replaced
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [list(starting_params)]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        for i in range(4):
            params[i] = params[i] - lr * grads[i]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
