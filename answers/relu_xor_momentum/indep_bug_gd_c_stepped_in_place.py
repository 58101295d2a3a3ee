# From an independent tester (round 52).
# The message was only "trajectories[0] of gradient_descent is not the starting point".
# Bug (gradient_descent): c made a 0-d array and stepped with c -= lr * dc, so every entry of trajectories shares
# one c, at its final value; W, b, v are new arrays at each step.
# fails: test_gradient_descent: its c already holds the final value
# fails: test_training: its c already holds the final value
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    W, b, v, c = starting_params
    c = np.array(c, dtype=float)            # 0-d array so that c has .shape like the others
    params = [W, b, v, c]
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        dW, db, dv, dc = grad_f(params, x, y)
        W = W - lr * dW
        b = b - lr * db
        v = v - lr * dv
        c -= lr * dc                         # in place on the shared 0-d array
        params = [W, b, v, c]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
