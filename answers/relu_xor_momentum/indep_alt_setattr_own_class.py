# From an independent tester (round 81): Correct: momentum with setattr/getattr loops over parameter names on a small class of its own (with __repr__), no import.
# Was flagged "setattr() with a computed attribute name on an object it did not create": the names come from a
# tuple of strings bound to a name first.
# kind: alt
# %% gradient_descent_momentum
class Slots:
    """A record of W, b, v, c (a container, not a number type)."""

    def __init__(self, **kw):
        for k, val in kw.items():
            setattr(self, k, val)

    def __repr__(self):
        return "Slots(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in ("W", "b", "v", "c")) + ")"


def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    names = ("W", "b", "v", "c")
    theta = Slots(**dict(zip(names, starting_params)))
    vel = Slots(**{n: 0.0 * np.asarray(p, dtype=float) for n, p in zip(names, starting_params)})
    trajectories = [list(starting_params)]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        grads = grad_f([getattr(theta, n) for n in names], x, y)
        for name, g in zip(names, grads):
            setattr(vel, name, alpha * getattr(vel, name) - lr * g)
            setattr(theta, name, getattr(theta, name) + getattr(vel, name))
        new = [getattr(theta, n) for n in names]
        trajectories.append(new)
        losses.append(total_loss(new, x, y))
    return trajectories, losses
