# From an independent tester (round 94): gradient_descent stops stepping once the loss goes up and pads the trajectory with the last point: wrong whenever the loss increases.
# kind: bug
# fails: test_gradient_descent: gradient_descent
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    traj = [params]
    losses = [total_loss(params, x, y)]
    stopped = False
    for _ in range(iterations):
        if not stopped:
            g = grad_f(params, x, y)
            new = [p - lr * d for p, d in zip(params, g)]
            if total_loss(new, x, y) > losses[-1]:
                stopped = True
            else:
                params = new
        traj.append(params)
        losses.append(total_loss(params, x, y))
    return traj, losses
