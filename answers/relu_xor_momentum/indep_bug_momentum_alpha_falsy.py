# From an independent tester (round 93): gradient_descent_momentum replaces a falsy alpha by 0.5 (alpha = alpha or 0.5): alpha = 0 runs momentum 0.5 instead of plain GD.
# kind: bug
# fails: test_momentum: is 0 replaced by a default
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    alpha = alpha or 0.5  # default momentum
    params = list(starting_params)
    u = [0 * p for p in params]
    traj = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        u = [alpha * ui - lr * d for ui, d in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        traj.append(params)
        losses.append(total_loss(params, x, y))
    return traj, losses
# %% after gradient_descent_momentum
_x = np.array([[1.0, -1.0], [0.5, 2.0], [-1.5, 0.3]]); _y = np.array([[1.0], [0.0], [1.0]])
_p0 = [np.full((2, 3), 0.3), np.full((1, 3), 0.1), np.full((3, 1), 0.2), 0.0]
_a = gradient_descent_momentum(_x, _y, _p0, 3, 0.1, 0.0)[1]; _b = gradient_descent(_x, _y, _p0, 3, 0.1)[1]
print("alpha=0 momentum losses", _a, "plain GD", _b)
