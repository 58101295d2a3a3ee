# gradient_descent updates W, b and v in place after copying the start: every later entry of trajectories holds the
# same arrays.
# kind: bug
# fails: test_gradient_descent: holds the same (final)
# fails: test_training: holds the same (final)
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    W, b, v = (np.array(p, dtype=float) for p in starting_params[:3])
    c = float(starting_params[3])
    trajectories = [[W.copy(), b.copy(), v.copy(), c]]
    losses = [total_loss(trajectories[0], x, y)]
    for _ in range(iterations):
        dW, db, dv, dc = grad_f([W, b, v, c], x, y)
        W -= lr * dW
        b -= lr * db
        v -= lr * dv
        c = c - lr * dc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
