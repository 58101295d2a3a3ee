# Momentum written in heavy-ball form without an explicit velocity: theta_{k+1} = theta_k + alpha (theta_k -
# theta_{k-1}) - lr grad(theta_k), with theta_{-1} = theta_0. Since u_k = theta_k - theta_{k-1}, this is
# exactly the notebook's rule. gradient_descent loops over parameters with zip and returns losses as an array.
# kind: alt
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, np.array(losses)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    prev = list(starting_params)
    cur = list(starting_params)
    trajectories = [cur]
    losses = [total_loss(cur, x, y)]
    for _ in range(iterations):
        grads = grad_f(cur, x, y)
        new = [p + alpha * (p - q) - lr * g for p, q, g in zip(cur, prev, grads)]
        prev, cur = cur, new
        trajectories.append(cur)
        losses.append(total_loss(cur, x, y))
    return trajectories, losses
