# From an independent tester (round 107): gradient_descent clips each parameter's gradient to norm 20 before stepping (to "prevent divergence"): right while gradients are small, wrong for large ones.
# kind: bug
# fails: test_gradient_descent: clip
# fails: test_training: clip
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for k in range(iterations):
        g = grad_f(params, x, y)
        clipped = []
        for gi in g:
            nrm = float(np.linalg.norm(gi))
            clipped.append(20.0 * gi / nrm if nrm > 20.0 else gi)
        params = [p - lr * gi for p, gi in zip(params, clipped)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
