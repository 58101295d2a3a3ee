# From an independent tester (round 106): GD with deepcopy, a while loop and a tuple return; momentum as u <- alpha u + g, theta <- theta - lr u (same steps); extra experiment cell.
# kind: alt
# score: full
# %% gradient_descent
import copy


def gradient_descent(x, y, starting_params, iterations, lr):
    params = copy.deepcopy(list(starting_params))
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    k = 0
    while k < iterations:
        grads = grad_f(params, x, y)
        params = [p - lr * g for p, g in zip(params, grads)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
        k += 1
    return trajectories, np.array(losses)
# %% after gradient_descent
_exp_traj, _exp_losses = gradient_descent(xs.copy(), ys.copy(), [p.copy() if hasattr(p, "copy") else p for p in params_init], iterations=5, lr=1e-2)
print("experiment with lr=1e-2:", _exp_losses)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        u = [alpha * ui + g for ui, g in zip(u, grads)]
        new = [p - lr * ui for p, ui in zip(params, u)]
        new[3] = float(np.asarray(new[3]).reshape(-1)[0])
        params = new
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return (trajectories, losses)
