# From an independent tester (round 17): an endless while loop in gradient_descent_momentum, calling grad_f at every
# turn; the bridge was declared broken ("the other side sent more than 100000 requests for one reply") and every
# later test was lost (test_decision_grid, whose function is right).
# Realistic bug: momentum written with a while loop and the counter never incremented (k += 1 forgotten), so it
# never returns. test_momentum and test_training must fail with a message that says the function does not
# finish (a loop that never ends); test_decision_grid (decision_grid is the model answer) must keep its point.
# fails: test_momentum: Does every loop end
# fails: test_training: Does every loop end
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [0 * np.asarray(p, dtype=float) for p in params]
    traj, losses = [params], [total_loss(params, x, y)]
    k = 0
    while k < iterations:
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * gi for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        traj.append(params)
        losses.append(total_loss(params, x, y))
    return traj, losses
