# From an independent tester (round 75): Correct: gradient_descent wrapped in a functools.wraps timing/logging decorator, calling grad_f and total_loss with keyword arguments in another order.
# kind: alt
# %% gradient_descent
import functools
import time


def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        out = fn(*args, **kwargs)
        wrapper.last_seconds = time.perf_counter() - t0
        return out
    return wrapper


@timed
def gradient_descent(x, y, starting_params, iterations, lr):
    W, b, v, c = starting_params
    trajectories = [[W, b, v, c]]
    losses = [total_loss(y=y, x=x, params=[W, b, v, c])]
    for _ in range(iterations):
        dW, db, dv, dc = grad_f(y=y, params=[W, b, v, c], x=x)
        W, b, v, c = W - lr * dW, b - lr * db, v - lr * dv, c - lr * dc
        trajectories.append([W, b, v, c])
        losses.append(total_loss(x=x, params=[W, b, v, c], y=y))
    return trajectories, losses
