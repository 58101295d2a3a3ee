# From an independent tester (round 61): the message gave 'the previous step is scaled by 1.7, not alpha', not the running sum of gradients.
# gradient_descent_momentum accumulates the gradients across steps (G += g) and uses the running sum in u <- alpha u - lr G instead of the current gradient.
# kind: bug
# fails: test_momentum: the gradients of all the steps so far are added up
# fails: test_training: the gradients of all the steps so far are added up
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = list(starting_params)
    u = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    G = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        G = [Gi + gi for Gi, gi in zip(G, g)]
        u = [alpha * ui - lr * Gi for ui, Gi in zip(u, G)]
        params = [p + ui for p, ui in zip(params, u)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
