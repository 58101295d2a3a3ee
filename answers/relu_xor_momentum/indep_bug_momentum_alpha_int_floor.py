# From an independent tester (round 115): momentum rescales its velocity by round(alpha, 1): right for alpha = 0.7 or 0.5, wrong for any alpha with more digits.
# kind: bug
# fails: test_momentum: rounded to 1 decimal
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    alpha = round(alpha, 1)  # "momentum given to one decimal"
    params = list(starting_params)
    u = [0.0, 0.0, 0.0, 0.0]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
