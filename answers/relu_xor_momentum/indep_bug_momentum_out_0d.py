# From an independent tester (round 52).
# The hint was "often a call with the wrong number or kind of arguments": numpy's words were about out=.
# Bug (gradient_descent_momentum): np.subtract(..., out=u[3]) where u[3] became a numpy number.
# fails: test_momentum: an out= argument that is not an array
# fails: test_training: an out= argument that is not an array
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros(np.shape(p), dtype=np.float32) for p in params]
    traj, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        for i in range(4):
            u[i] = u[i] * np.float32(alpha)
            np.subtract(u[i], lr * np.asarray(g[i]), out=u[i], casting="unsafe")
        params = [p + ui for p, ui in zip(params, u)]
        traj.append(params)
        losses.append(total_loss(params, x, y))
    return traj, losses
