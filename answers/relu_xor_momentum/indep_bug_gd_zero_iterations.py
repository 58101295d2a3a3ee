# From an independent tester (round 117): Gradient descent builds the losses from the steps taken and returns empty lists when iterations is 0.
# kind: bug
# fails: test_gradient_descent: Does it return empty lists when iterations is 0
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    if iterations == 0:
        return [], []
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * gi for p, gi in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
