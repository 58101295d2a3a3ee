# From an independent tester (round 71): partial: only the two optimisers answered; activations, loss, yhat, grad_f and decision_grid as released: the optimiser tests and test_training keep full marks.
# kind: other
# base: blank
# fails: test_sigmoid
# fails: test_relu
# fails: test_loss
# fails: test_yhat
# fails: test_grad_f
# fails: test_decision_grid
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for i in range(iterations):
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(p, dtype=float) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for i in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui - lr * g for ui, g in zip(u, grads)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
