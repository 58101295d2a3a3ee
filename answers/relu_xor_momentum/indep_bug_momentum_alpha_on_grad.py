# From an independent tester (round 7): test_training (alpha = 0.5, where alpha = 1 - alpha) named the moving-average
# bug instead; a rerun with another alpha tells the two apart.
# Momentum scales the whole velocity update: u <- alpha * (u - lr * grad), so the first step is alpha * lr * grad.
# fails: test_momentum: 0.7 times lr * grad
# fails: test_training: alpha multiplies the gradient
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [0.0] * 4
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * (ui - lr * gi) for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
