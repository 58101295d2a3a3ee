# From an independent tester (round 93): gradient_descent stops early (break) as soon as the loss goes up: fewer than iterations + 1 entries when a step overshoots.
# kind: bug
# fails: test_gradient_descent: does the loop stop early (a break when the loss rises)
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = list(starting_params)
    traj = [params]
    losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [p - lr * d for p, d in zip(params, g)]
        new_loss = total_loss(params, x, y)
        if new_loss > losses[-1]:
            break  # diverging: stop
        traj.append(params)
        losses.append(new_loss)
    return traj, losses
# %% after gradient_descent
np.random.seed(1); _x = np.random.uniform(-2, 2, (500, 2)); _y = (np.sign(_x[:, :1]) == np.sign(_x[:, 1:])).astype(float)
_p0 = [0.2 * np.random.rand(2, 3) - 0.1, 0.2 * np.random.rand(1, 3) - 0.1, 0.2 * np.random.rand(3, 1) - 0.1, 0.05]
_t, _l = gradient_descent(_x, _y, _p0, iterations=50, lr=1e-2)
print("lr=1e-2, 50 iterations:", len(_t), "trajectories,", len(_l), "losses (should be 51 each)")
