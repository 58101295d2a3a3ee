# From an independent tester (round 110): gradient_descent rescales any gradient whose global norm exceeds 20 ("gradient clipping"), which changes the steps on large batches (summed loss).
# kind: bug
# fails: test_gradient_descent: clipped by its norm
# fails: test_training: clipped by its norm
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    trajectories = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        norm = np.sqrt(sum(np.sum(np.square(gi)) for gi in g))
        if norm > 20:
            g = [gi * (20 / norm) for gi in g]
        params = [p - lr * d for p, d in zip(params, g)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
