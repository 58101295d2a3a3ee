# From an independent tester (round 8): the message did not say the velocity survives from a previous call.
# The velocities live in a mutable default argument, so they survive from one call to the next: the first call is
# right, every later call starts with the previous run's velocity instead of u = 0.
# fails: test_momentum: previous call
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha, _velocity={}):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        for i, g in enumerate(grads):
            _velocity[i] = alpha * _velocity.get(i, 0.0) - lr * g
        params = [p + _velocity[i] for i, p in enumerate(params)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
