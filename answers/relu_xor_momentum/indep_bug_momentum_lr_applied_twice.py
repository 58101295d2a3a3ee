# From an independent tester (round 65): momentum multiplies by the learning rate twice (was told "0.05 times
# lr * grad" for lr = 0.05).
# kind: bug
# fails: test_momentum: the learning rate is applied twice
# fails: test_training: the learning rate is applied twice
# self-check: test_momentum: the learning rate is applied twice
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + lr * ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
