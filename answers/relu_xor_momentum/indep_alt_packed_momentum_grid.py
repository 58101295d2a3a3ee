# From an independent tester (round 106): Momentum on one packed parameter vector (pack/unpack helpers), GD by keyword calls; decision_grid via np.c_ and int output; from numpy import * experiment.
# kind: alt
# score: full
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [list(starting_params)]
    losses = [total_loss(params=trajectories[0], x=x, y=y)]
    for k in range(1, iterations + 1):
        prev = trajectories[k - 1]
        g = grad_f(prev, x, y)
        trajectories.append([prev[i] - lr * g[i] for i in range(4)])
        losses.append(total_loss(trajectories[k], x, y))
    return trajectories, losses
# %% gradient_descent_momentum
def _pack(params):
    W, b, v, c = params
    return np.concatenate([np.ravel(W), np.ravel(b), np.ravel(v), np.ravel(np.asarray(c, dtype=float))])


def _unpack(theta):
    return [theta[0:6].reshape(2, 3), theta[6:9].reshape(1, 3), theta[9:12].reshape(3, 1), float(theta[12])]


def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    theta = _pack(starting_params)
    u = np.zeros_like(theta)
    trajectories = [list(starting_params)]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        g = _pack(grad_f(_unpack(theta), x, y))
        u = alpha * u - lr * g
        theta = theta + u
        trajectories.append(_unpack(theta.copy()))
        losses.append(total_loss(trajectories[-1], x, y))
    return trajectories, losses
# %% decision_grid
def decision_grid(params, G1, G2):
    G1 = np.asarray(G1)
    G2 = np.asarray(G2)
    pts = np.c_[G1.ravel(), G2.ravel()]
    p = yhat(pts, params)
    return (p >= 0.5).astype(int).reshape(G1.shape)
# %% after decision_grid
from numpy import *
print(decision_grid(params_init, *meshgrid(linspace(-1, 1, 3), linspace(-1, 1, 2))))
