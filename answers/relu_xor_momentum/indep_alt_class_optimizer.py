# Correct: both optimisers share one helper class whose *instances* hold the velocity (fresh for every call);
# gradient_descent is the momentum optimiser with alpha = 0 (u = 0*u - lr g, theta + u = theta - lr g exactly).
# kind: alt
# %% gradient_descent
class _Optimiser:
    def __init__(self, lr, alpha):
        self.lr = lr
        self.alpha = alpha
        self.velocity = None

    def step(self, params, grads):
        if self.velocity is None:
            self.velocity = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
        self.velocity = [self.alpha * u - self.lr * g for u, g in zip(self.velocity, grads)]
        return [p + u for p, u in zip(params, self.velocity)]


def _run(x, y, starting_params, iterations, opt):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        params = opt.step(params, grad_f(params, x, y))
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses


def gradient_descent(x, y, starting_params, iterations, lr):
    return _run(x, y, starting_params, iterations, _Optimiser(lr, 0.0))
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    return _run(x, y, starting_params, iterations, _Optimiser(lr, alpha))
