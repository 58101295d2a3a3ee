# From an independent tester (round 105): Momentum resets its velocity to 0 every 50 steps (a "restart"): visible only after 50 steps.
# kind: bug
# fails: test_momentum: step 51
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [0.0] * 4
    trajectories = [starting_params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        if k % 50 == 0:          # "restart" the momentum now and then
            u = [0.0] * 4
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
