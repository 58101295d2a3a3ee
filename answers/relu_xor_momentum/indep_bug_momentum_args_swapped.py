# From an independent tester (round 118): Momentum's signature has alpha and lr swapped (x, y, starting_params, iterations, alpha, lr): right only when called with keywords.
# kind: bug
# fails: test_momentum: the task's parameters in another order: (x, y, starting_params, iterations, lr, alpha)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, alpha, lr):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for k in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        params[3] = float(params[3])
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
