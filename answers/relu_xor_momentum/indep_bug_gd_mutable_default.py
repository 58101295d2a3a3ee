# Bug: mutable default arguments for the outputs (trajectories=[], losses=[]): every call appends to the same
# lists, so the second call returns the first call's trajectory followed by its own.
# fails: test_gradient_descent: lists of an earlier call
# fails: test_training: lists of an earlier call
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr, trajectories=[], losses=[]):
    params = list(starting_params)
    trajectories.append(params)
    losses.append(total_loss(params, x, y))
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * d for p, d in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
