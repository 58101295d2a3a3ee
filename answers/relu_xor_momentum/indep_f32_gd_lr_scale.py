# From an independent tester (round 132): gradient descent in float32 with lr * (1 + 2e-5) -- a constant factor close to 1 in the step.
# kind: bug
# fails: test_gradient_descent: theta <- theta - lr * grad
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = [np.asarray(p, dtype=np.float32) for p in starting_params]
    trajectories, losses = [list(starting_params)], [total_loss(params, x, y)]
    lr = np.float32(lr * 1.00002)
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * np.asarray(g, dtype=np.float32) for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
