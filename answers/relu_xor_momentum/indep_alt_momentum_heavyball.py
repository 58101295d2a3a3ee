# From an independent tester (round 103): Momentum in heavy-ball form: theta_{k+1} = theta_k - lr g_k + alpha (theta_k - theta_{k-1}), equivalent to u-form.
# kind: alt
# score: full
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    trajectories = [list(starting_params)]
    losses = [total_loss(starting_params, x, y)]
    for k in range(iterations):
        cur = trajectories[-1]
        prev = trajectories[-2] if k > 0 else cur
        g = grad_f(cur, x, y)
        nxt = [p - lr * gi + alpha * (p - q) for p, q, gi in zip(cur, prev, g)]
        trajectories.append(nxt)
        losses.append(total_loss(nxt, x, y))
    return trajectories, losses
