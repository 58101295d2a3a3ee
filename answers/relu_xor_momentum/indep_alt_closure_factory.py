# EXTRA probe: optimisers built by a factory; gradient_descent binds grad=grad_f and loss_fn=total_loss as
# default arguments (the notebook says this works), momentum is a functools.partial of a generic routine.
# kind: alt
# %% gradient_descent
import functools

def _optimise(x, y, starting_params, iterations, lr, alpha=0.0, grad=grad_f, loss_fn=total_loss):
    p = list(starting_params)
    u = [0.0, 0.0, 0.0, 0.0]
    traj, losses = [p], [loss_fn(p, x, y)]
    for _ in range(iterations):
        g = grad(p, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        p = [pi + ui for pi, ui in zip(p, u)]
        traj.append(p)
        losses.append(loss_fn(p, x, y))
    return traj, losses

def gradient_descent(x, y, starting_params, iterations, lr, grad=grad_f):
    return _optimise(x, y, starting_params, iterations, lr, 0.0, grad=grad)
# %% gradient_descent_momentum
gradient_descent_momentum = functools.partial(_optimise)
