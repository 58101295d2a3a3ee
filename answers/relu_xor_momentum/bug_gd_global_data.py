# gradient_descent computes the gradient and the losses on the notebook's training set xs, ys instead
# of its arguments x, y. The test's own data tells them apart. test_training happens to train on the
# notebook's own data, so it keeps its points.
# fails: test_gradient_descent: ignores its argument x and y
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories, losses = [params], [total_loss(params, xs, ys)]
    for _ in range(iterations):
        params = [p - lr * g for p, g in zip(params, grad_f(params, xs, ys))]
        trajectories.append(params)
        losses.append(total_loss(params, xs, ys))
    return trajectories, losses
