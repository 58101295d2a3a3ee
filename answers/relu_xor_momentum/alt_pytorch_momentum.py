# Correct optimisers written another way: explicit index loops with copies, a while loop, and momentum
# in the convention of deep-learning libraries (u <- alpha u + grad, theta <- theta - lr u), which gives
# exactly the notebook's steps when lr is constant. Full marks.
# kind: alt
# %% gradient_descent
import copy


def gradient_descent(x, y, starting_params, iterations, lr):
    current = copy.deepcopy(list(starting_params))
    trajectories = [copy.deepcopy(current)]
    losses = [total_loss(current, x, y)]
    k = 0
    while k < iterations:
        grads = grad_f(current, x, y)
        new = []
        for i in range(len(current)):
            new.append(current[i] - lr * grads[i])
        current = new
        trajectories.append(copy.deepcopy(current))
        losses.append(total_loss(current, x, y))
        k += 1
    return tuple([trajectories, losses])
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = [np.copy(p) if isinstance(p, np.ndarray) else p for p in starting_params]
    velocity = [np.zeros_like(np.asarray(p, dtype=float)) for p in params]
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        grads = grad_f(params, x, y)
        for i in range(4):
            velocity[i] = alpha * velocity[i] + grads[i]
        params = [params[i] - lr * velocity[i] for i in range(4)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
