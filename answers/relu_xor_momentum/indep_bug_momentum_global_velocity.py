# State shared between calls: the velocity lives in a module-level dict that is only initialised when empty,
# so the first call is right but any later call starts with the previous run's final velocity (u != 0 at the
# start). A second call with other data (as test_training does, or test_momentum with another alpha) is wrong.
# fails: test_momentum
# fails: test_training
# %% gradient_descent_momentum
_velocity = {}


def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    if not _velocity:
        for i, p in enumerate(params):
            _velocity[i] = np.zeros_like(np.asarray(p, dtype=float))
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        new = []
        for i, (p, g) in enumerate(zip(params, grads)):
            _velocity[i] = alpha * _velocity[i] - lr * np.reshape(g, np.shape(_velocity[i]))
            q = p + _velocity[i]
            new.append(float(q) if np.ndim(q) == 0 else q)
        params = new
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
