# gradient_descent keeps its trajectories and losses in lists made once, cleared and refilled at every call: each run
# is right, but every list it handed out before now holds the latest run (round 38, from round 37's buffers).
# fails: test_gradient_descent: that its next call changed
# %% gradient_descent
_TRAJECTORIES, _LOSSES = [], []


def gradient_descent(x, y, starting_params, iterations, lr):
    _TRAJECTORIES.clear()
    _LOSSES.clear()
    params = [np.array(p, dtype=float) for p in starting_params]
    _TRAJECTORIES.append(starting_params)
    _LOSSES.append(total_loss(starting_params, x, y))
    for _ in range(iterations):
        params = [p - lr * g for p, g in zip(params, grad_f(params, x, y))]
        _TRAJECTORIES.append(params)
        _LOSSES.append(total_loss(params, x, y))
    return _TRAJECTORIES, _LOSSES
