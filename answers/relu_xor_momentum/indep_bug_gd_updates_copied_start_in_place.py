# From an independent tester (round 9): the message blamed the update rule, not the arrays shared by every entry.
# Copies the start (so starting_params is safe), then updates W, b, v in place every step: every entry of the
# trajectory after the start is the same arrays (the final ones); the losses, computed as it goes, are right.
# fails: test_gradient_descent: after the start holds the same
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = [np.array(p, dtype=float) for p in starting_params[:3]] + [starting_params[3]]
    trajectories = [list(starting_params)]
    losses = [total_loss(starting_params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        for i in range(3):
            params[i] -= lr * grads[i]
        params[3] = params[3] - lr * grads[3]
        trajectories.append(list(params))
        losses.append(total_loss(params, x, y))
    return trajectories, losses
