# From an independent tester (round 115): gradient_descent stores the trajectory in a mutable default argument (history=[]): the second call returns the first run's points too.
# kind: bug
# fails: test_gradient_descent: points an earlier call computed
# fails: test_training: points an earlier call computed
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr, history=[]):
    params = list(starting_params)
    if not history:
        history.append(params)
    else:
        history[0] = params
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * dg for p, dg in zip(params, g)]
        if k + 1 < len(history):
            pass
        else:
            history.append(params)
        losses.append(total_loss(params, x, y))
    return history[: iterations + 1], losses
