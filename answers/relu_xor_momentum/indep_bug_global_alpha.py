# Uses the notebook's global ALPHA (0.5) instead of the argument alpha inside gradient_descent_momentum
# (defined in the train cell, which is not run when graded). The test uses alpha = 0.7.
# fails: test_momentum: ALPHA is defined only in the demonstration cell train_gd
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    """Gradient descent with momentum."""
    W, b, v, c = starting_params
    uW, ub, uv, uc = np.zeros_like(W), np.zeros_like(b), np.zeros_like(v), 0.0
    trajectories = [[W, b, v, c]]
    losses = [total_loss([W, b, v, c], x, y)]
    for _ in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        uW = ALPHA * uW - lr * dW
        ub = ALPHA * ub - lr * db
        uv = ALPHA * uv - lr * dv
        uc = ALPHA * uc - lr * dc
        W, b, v, c = W + uW, b + ub, v + uv, c + uc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
