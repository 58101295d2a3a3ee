# From an independent tester (round 102): gradient_descent_momentum gives W, b and v momentum but steps c by plain gradient descent.
# fails: test_momentum: c does not
# self-check: test_training: c does not
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    W, b, v, c = [np.array(p, dtype=float) for p in starting_params]
    uW, ub, uv = np.zeros_like(W), np.zeros_like(b), np.zeros_like(v)
    trajectories = [[W, b, v, c]]
    losses = [total_loss([W, b, v, c], x, y)]
    for _ in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        uW, ub, uv = alpha * uW - lr * dW, alpha * ub - lr * db, alpha * uv - lr * dv
        W, b, v, c = W + uW, b + ub, v + uv, c - lr * dc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
