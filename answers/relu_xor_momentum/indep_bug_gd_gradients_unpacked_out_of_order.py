# From an independent tester (round 65): gradient_descent unpacks the gradient as dW, dv, db, dc, so b is stepped
# with dv and becomes (3, 3); was told as a generic shape error or a cache.
# kind: bug
# fails: test_gradient_descent: after one step b has shape (3, 3) instead of (1, 3): stepped with dv
# fails: test_training
# self-check: test_gradient_descent: stepped with dv
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    W, b, v, c = starting_params
    trajectories = [[W, b, v, c]]
    losses = [total_loss([W, b, v, c], x, y)]
    for _ in range(iterations):
        dW, dv, db, dc = grad_f([W, b, v, c], x, y)
        W = W - lr * dW
        b = b - lr * db
        v = v - lr * dv
        c = c - lr * dc
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
