# From an independent tester (round 81): Correct: same as alt_setattr_momentum but `from types import SimpleNamespace` (probe of the types-import flag).
# Was flagged "imports types (code objects)".
# kind: alt
# %% gradient_descent_momentum
from types import SimpleNamespace

NAMES = ("W", "b", "v", "c")


def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """u <- alpha u - lr grad, theta <- theta + u, u = 0 at the start."""
    theta = SimpleNamespace(**dict(zip(NAMES, starting_params)))
    vel = SimpleNamespace(**{n: 0.0 * np.asarray(getattr(theta, n), dtype=float) for n in NAMES})
    trajectories = [list(starting_params)]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        current = [getattr(theta, n) for n in NAMES]
        gW, gb, gv, gc = grad_f(current, x, y)
        for name, g in (("W", gW), ("b", gb), ("v", gv), ("c", gc)):
            setattr(vel, name, alpha * getattr(vel, name) - lr * g)
            setattr(theta, name, getattr(theta, name) + getattr(vel, name))
        theta.c = float(theta.c)
        new = [getattr(theta, n) for n in NAMES]
        trajectories.append(new)
        losses.append(total_loss(new, x, y))
    return trajectories, losses
