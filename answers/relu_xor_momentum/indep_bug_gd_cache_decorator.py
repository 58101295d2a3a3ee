# From an independent tester (round 75): Bug: a memoising decorator on gradient_descent keyed only by (iterations, lr): a second call with other data or start gets the first call's result. Should lose test_gradient_descent if the hidden checks call it twice with the same settings (fresh data); I expect test_gradient_descent.
# kind: bug
# fails: test_gradient_descent: returned exactly what an earlier call with other arguments returned
# %% gradient_descent
import functools


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(x, y, starting_params, iterations, lr):
        key = (iterations, lr)
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
