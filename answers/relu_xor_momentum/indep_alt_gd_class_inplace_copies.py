# From an independent tester (round 95): gradient_descent through a small optimiser class; updates in place but only on fresh copies it owns; lr may be large (loss may go up), iterations 0 handled.
# kind: alt
# %% gradient_descent
import copy


class _GD:
    def __init__(self, lr):
        self.lr = lr
        self.steps = 0

    def step(self, params, grads):
        new = [np.array(p, dtype=float, copy=True) for p in params]
        for p, g in zip(new, grads):
            p -= self.lr * np.asarray(g)      # in place on our own copy
        self.steps += 1
        return [new[0], new[1], new[2], float(new[3])]


def gradient_descent(x, y, starting_params, iterations, lr):
    assert iterations >= 0
    opt = _GD(lr)
    params = copy.deepcopy(list(starting_params))
    trajectories, losses = [params], [total_loss(params, x, y)]
    while opt.steps < iterations:
        params = opt.step(params, grad_f(params, x, y))
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, np.array(losses)
# %% after gradient_descent
_t, _l = gradient_descent(xs, ys, params_init, 5, 1e-1)
print("large lr losses:", np.round(_l, 2))
LR = 5.0
