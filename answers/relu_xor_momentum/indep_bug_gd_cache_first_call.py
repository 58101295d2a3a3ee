# From an independent tester (round 75): Bug: memoising decorator on gradient_descent with a constant key: every call after the first returns the first call's result (other data, start, iterations, lr). Probe of how often the tests call it: should lose test_gradient_descent if it is called twice there, and test_training if state carries over between test cells.
# kind: bug
# fails: test_gradient_descent: returned exactly what an earlier call with other arguments returned
# fails: test_training
# %% gradient_descent
import functools


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(x, y, starting_params, iterations, lr):
        key = "run"   # "the notebook only trains once"
        if key not in cache:
            cache[key] = fn(x, y, starting_params, iterations, lr)
        return cache[key]
    return wrapper


@memo
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    traj, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        params = [p - lr * g for p, g in zip(params, grad_f(params, x, y))]
        traj.append(params)
        losses.append(total_loss(params, x, y))
    return traj, losses
