# One shared optimiser helper, defined in the gradient_descent cell (so it exists before the momentum cell):
# gradient_descent is the helper with alpha = 0 (the notebook itself says "With alpha = 0 it is plain gradient
# descent"; theta + (0*u - lr*g) equals theta - lr*g exactly), and gradient_descent_momentum calls the helper.
# The helper uses the opposite velocity sign convention u <- alpha u + lr g, theta <- theta - u, which is the
# same iteration as the notebook's. Both correct.
# kind: alt
# %% gradient_descent
def _run_momentum(x, y, starting_params, iterations, lr, alpha):
    W, b, v, c = starting_params
    uW, ub, uv, uc = np.zeros_like(W), np.zeros_like(b), np.zeros_like(v), 0.0
    trajectories = [[W, b, v, c]]
    losses = [total_loss([W, b, v, c], x, y)]
    for k in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        uW = alpha * uW + lr * dW
        ub = alpha * ub + lr * db
        uv = alpha * uv + lr * dv
        uc = alpha * uc + lr * dc
        W, b, v, c = W - uW, b - ub, v - uv, c - uc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses


def gradient_descent(x, y, starting_params, iterations, lr):
    return _run_momentum(x, y, starting_params, iterations, lr, 0.0)
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    return _run_momentum(x, y, starting_params, iterations, lr, alpha)
