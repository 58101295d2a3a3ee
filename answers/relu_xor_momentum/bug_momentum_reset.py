# The velocity is reset to zero inside the loop, so every step is a plain gradient step: no momentum.
# The visible check already looks at several steps with alpha = 0.7, so it fails there.
# fails: test_momentum: the velocity is not carried over
# fails: test_training: the velocity is not carried over
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        u = [np.zeros(np.shape(p)) for p in params]
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
