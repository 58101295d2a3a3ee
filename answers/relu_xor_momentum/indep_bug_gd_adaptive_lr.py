# From an independent tester (round 107): gradient_descent halves the learning rate and retries whenever a step raises the loss (an "improvement" that breaks the rule for large learning rates).
# kind: bug
# fails: test_gradient_descent: backtracking line search
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        g = grad_f(params, x, y)
        step = lr
        new = [p - step * gi for p, gi in zip(params, g)]
        new_loss = total_loss(new, x, y)
        while new_loss > losses[-1] and step > 1e-12:
            step /= 2
            new = [p - step * gi for p, gi in zip(params, g)]
            new_loss = total_loss(new, x, y)
        params = new
        trajectories.append(params)
        losses.append(new_loss)
    return trajectories, losses
