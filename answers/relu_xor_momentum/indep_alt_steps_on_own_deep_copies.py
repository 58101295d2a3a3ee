# From an independent tester (round 17): gradient steps on the student's own deep copies were flagged as a finite
# difference ("takes differences of a function evaluated at perturbed copies").
# The optimisers deep-copy the parameters at every step and then update the copies in place (W -= ...):
# allowed, since only the student's own copies are modified, never the arguments or earlier trajectory
# entries. Momentum keeps its velocity in a dict keyed by parameter index, also updated in place.
# kind: alt
# %% gradient_descent
import copy

def gradient_descent(x, y, starting_params, iterations, lr):
    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    current = starting_params
    for _ in range(iterations):
        grads = grad_f(current, x, y)
        new = copy.deepcopy(current)
        new = list(new)
        for i in range(3):
            new[i] -= lr * grads[i]
        new[3] = new[3] - lr * float(np.squeeze(grads[3]))
        trajectories.append(new)
        losses.append(total_loss(new, x, y))
        current = new
    return trajectories, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    import copy
    trajectories = [starting_params]
    losses = [total_loss(starting_params, x, y)]
    vel = {0: np.zeros((2, 3)), 1: np.zeros((1, 3)), 2: np.zeros((3, 1)), 3: 0.0}
    current = starting_params
    for _ in range(iterations):
        grads = grad_f(current, x, y)
        new = list(copy.deepcopy(current))
        for i in range(3):
            vel[i] *= alpha
            vel[i] -= lr * grads[i]
            new[i] += vel[i]
        vel[3] = alpha * vel[3] - lr * float(np.squeeze(grads[3]))
        new[3] = new[3] + vel[3]
        trajectories.append(new)
        losses.append(total_loss(new, x, y))
        current = new
    return trajectories, losses
