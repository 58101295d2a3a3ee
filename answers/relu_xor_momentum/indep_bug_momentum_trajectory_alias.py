# From an independent tester (round 74): gradient_descent_momentum copies the start once, then updates those copies with += and appends the same arrays every step: all trajectory entries after the start alias the final parameters.
# kind: bug
# fails: test_momentum
# fails: test_training
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    W, b, v = (np.array(p, dtype=float) for p in starting_params[:3])
    c = float(starting_params[3])
    u = [np.zeros_like(W), np.zeros_like(b), np.zeros_like(v), 0.0]
    trajectories = [list(starting_params)]
    losses = [total_loss(starting_params, x, y)]
    for _ in range(iterations):
        g = grad_f([W, b, v, c], x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        W += u[0]
        b += u[1]
        v += u[2]
        c = c + u[3]
        trajectories.append([W, b, v, c])
        losses.append(total_loss([W, b, v, c], x, y))
    return trajectories, losses
