# Bug: a copy one too many: inside the loop the student copies the parameters from starting_params at every
# step ("so I never change the caller's arrays"), so every step is taken from the start again:
# trajectories[k] = start - lr * grad(start) for every k >= 1. Nothing is modified in place; no array is shared.
# fails: test_gradient_descent: every step starts again from starting_params
# fails: test_training: every step starts again from starting_params
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [list(starting_params)]
    losses = [total_loss(starting_params, x, y)]
    for _ in range(iterations):
        params = [np.copy(p) for p in starting_params]
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
