# Correct optimisers that bind grad_f and total_loss as default arguments (grad=grad_f,
# loss_fn=total_loss) instead of calling them by name: the student's own (correct) grad_f is then
# used in the tests, and gives the same steps. Full marks.
# kind: alt
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr, grad=grad_f, loss_fn=total_loss):
    params = list(starting_params)
    trajectories, losses = [params], [loss_fn(params, x, y)]
    for _ in range(iterations):
        params = [p - lr * g for p, g in zip(params, grad(params, x, y))]
        trajectories.append(params)
        losses.append(loss_fn(params, x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha, grad=grad_f, loss_fn=total_loss):
    params = list(starting_params)
    u = [0.0 * np.asarray(p, dtype=float) for p in params]
    trajectories, losses = [params], [loss_fn(params, x, y)]
    for _ in range(iterations):
        u = [alpha * ui - lr * g for ui, g in zip(u, grad(params, x, y))]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(loss_fn(params, x, y))
    return trajectories, losses
