# Bug: mutable default arguments for the outputs (trajectories=[], losses=[]): every call appends to the same
# lists, so the second call returns the first call's trajectory followed by its own.
# (Round 44: the message now says that the last iterations + 1 entries are this call's run, not ITERATIONS first.)
# fails: test_gradient_descent: this call's run, after
# fails: test_training: this call's run, after
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
