# From an independent tester (round 123): Gradient descent whose step lr*g is clipped to [-0.5, 0.5] per entry: wrong for large lr or gradients.
# kind: bug
# fails: test_gradient_descent
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - np.clip(lr * g, -0.5, 0.5) for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
