# From an independent tester (round 83): Half-fix a hurried student might try: -= replaced by params[i] = params[i] - ..., same list still appended (still a bug).
# kind: bug
# fails: test_gradient_descent
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = [np.array(p, dtype=float) for p in starting_params]
    trajectories = [list(starting_params)]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        for i in range(4):
            params[i] = params[i] - lr * grads[i]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
