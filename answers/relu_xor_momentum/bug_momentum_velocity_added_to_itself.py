# The velocity update adds to the old velocity instead of replacing it: u += alpha * u - lr * grad, so every step
# scales the previous one by 1 + alpha (found while naming round 61's running sum of gradients, which gives the same
# step 2).
# kind: bug
# fails: test_momentum: the velocity is added to itself
# fails: test_training: the velocity is added to itself
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = [np.array(p, dtype=float) for p in starting_params]
    velocity = [np.zeros_like(p) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        velocity = [u + (alpha * u - lr * g) for u, g in zip(velocity, grads)]
        params = [p + u for p, u in zip(params, velocity)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
