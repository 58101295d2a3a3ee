# gradient_descent updates the parameters in place (W -= lr * dW): starting_params itself is
# overwritten and every entry of trajectories is the same list. test_training builds on gradient_descent
# (its task says so), so it loses its points too.
# fails: test_gradient_descent: gradient_descent changed its argument starting_params in place
# fails: test_training: gradient_descent changed its argument starting_params in place
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = starting_params
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        for i in range(4):
            params[i] -= lr * grads[i]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
