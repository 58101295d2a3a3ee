# Optimisers as a small class holding the velocity (a new object per call, so no state survives between
# calls); gradient_descent reuses the class with alpha = 0. The class is defined in the gradient_descent
# cell. grad_f / total_loss are looked up by name at call time. Correct.
# kind: alt
# %% gradient_descent
class MomentumOptimizer:
    def __init__(self, lr, alpha=0.0):
        self.lr = lr
        self.alpha = alpha
        self.u = None

    def step(self, params, x, y):
        grads = grad_f(params, x, y)
        if self.u is None:
            self.u = [0.0 * np.asarray(g, dtype=float) for g in grads]
        self.u = [self.alpha * u - self.lr * np.asarray(g, dtype=float) for u, g in zip(self.u, grads)]
        W, b, v, c = params
        uW, ub, uv, uc = self.u
        return [W + uW, b + ub, v + uv, c + float(np.sum(uc))]

    def run(self, x, y, starting_params, iterations):
        traj = [list(starting_params)]
        losses = [total_loss(traj[0], x, y)]
        for _ in range(iterations):
            traj.append(self.step(traj[-1], x, y))
            losses.append(total_loss(traj[-1], x, y))
        return traj, losses


def gradient_descent(x, y, starting_params, iterations, lr):
    """Plain gradient descent on the summed loss."""
    return MomentumOptimizer(lr, 0.0).run(x, y, starting_params, iterations)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum."""
    opt = MomentumOptimizer(lr, alpha)
    return opt.run(x, y, starting_params, iterations)
