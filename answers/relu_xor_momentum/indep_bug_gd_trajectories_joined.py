# From an independent tester (round 63): told '17 parameter lists ... a global, or ITERATIONS?', not the lists joined.
# gradient_descent grows the trajectory with list + list (trajectories = trajectories + new_params), which concatenates the four arrays instead of appending one parameter list; momentum is right.
# kind: bug
# fails: test_gradient_descent: each step adds W, b, v and c one by one
# fails: test_training: each step adds W, b, v and c one by one
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * gp for p, gp in zip(params, g)]
        trajectories = trajectories + params
        losses = losses + [total_loss(params, x, y)]
    return trajectories, losses
