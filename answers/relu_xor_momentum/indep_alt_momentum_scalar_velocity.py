# From an independent tester (round 105): Momentum with velocities started as the integer 0 (broadcast), explicit per-parameter lines, returns a list.
# kind: alt
# score: full
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    W, b, v, c = starting_params
    uW = ub = uv = uc = 0
    trajectories, losses = [starting_params], [total_loss(starting_params, x, y)]
    k = 0
    while k < iterations:
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        uW = alpha * uW - lr * dW
        ub = alpha * ub - lr * db
        uv = alpha * uv - lr * dv
        uc = alpha * uc - lr * dc
        W, b, v, c = W + uW, b + ub, v + uv, c + uc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
        k += 1
    return [trajectories, losses]
