# From an independent tester (round 101): gradient_descent silently decays the learning rate by 1% per step after step 5 (lr * 0.99**(k-5)); exact for the first 5 steps.
# kind: bug
# fails: test_gradient_descent: 0.99 times lr * grad
# fails: test_training
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    traj = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        step = lr * 0.99 ** max(0, k - 5)
        g = grad_f(params, x, y)
        params = [p - step * d for p, d in zip(params, g)]
        traj.append(params)
        losses.append(total_loss(params, x, y))
    return traj, losses
