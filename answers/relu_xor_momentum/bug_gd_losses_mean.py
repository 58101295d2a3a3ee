# gradient_descent records the mean loss over the examples instead of total_loss (the sum). The steps
# are right; losses are not. test_training builds on gradient_descent and fails the same way.
# fails: test_gradient_descent: it is the mean over the n = 6 examples
# fails: test_training: it is the mean over the n = 500 examples
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories, losses = [params], [np.mean(loss(y, yhat(x, params)))]
    for _ in range(iterations):
        params = [p - lr * g for p, g in zip(params, grad_f(params, x, y))]
        trajectories.append(params)
        losses.append(np.mean(loss(y, yhat(x, params))))
    return trajectories, losses
