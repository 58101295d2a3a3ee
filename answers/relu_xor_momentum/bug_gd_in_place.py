# gradient_descent updates the parameters in place (W -= lr * dW): every entry of trajectories is the
# same list, starting_params itself is overwritten, and the momentum run then starts from the trained
# point instead of params_init.
# fails: test_gradient_descent: updated in place
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
