# From an independent tester (round 53).
# The velocity lives in a global set to zeros only on the first call, so every later call starts with the last
# call's velocity instead of u = 0. The first call is right: the visible test_momentum, which called the function
# once, passed it, and only test_training's run (a later call) caught it. test_momentum now calls it twice.
# fails: test_momentum: its first step changes from one call to the next
# fails: test_training: its first step changes from one call to the next
# self-check: test_momentum: its first step changes from one call to the next
# %% gradient_descent_momentum
_velocity = None


def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    global _velocity
    if _velocity is None:
        _velocity = [np.zeros_like(np.asarray(p, dtype=float)) for p in starting_params]
    p = list(starting_params)
    traj, losses = [p], [total_loss(p, x, y)]
    for _ in range(iterations):
        g = grad_f(p, x, y)
        _velocity = [alpha * u - lr * gi for u, gi in zip(_velocity, g)]
        p = [t + u for t, u in zip(p, _velocity)]
        traj.append(p)
        losses.append(total_loss(p, x, y))
    return traj, losses
