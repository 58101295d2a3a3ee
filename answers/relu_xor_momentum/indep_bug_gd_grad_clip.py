# From an independent tester (round 96): gradient_descent clips every gradient entry to [-5, 5] before the step: not the plain rule, wrong whenever a gradient entry exceeds 5.
# kind: bug
# fails: test_gradient_descent
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    p = list(starting_params); traj = [p]; losses = [total_loss(p, x, y)]
    for _ in range(iterations):
        g = grad_f(p, x, y)
        p = [t - lr * np.clip(d, -5, 5) for t, d in zip(p, g)]
        p[3] = float(p[3])
        traj.append(p); losses.append(total_loss(p, x, y))
    return traj, losses
