# Optimisers that work in float32 throughout, including a float32 copy of the start as trajectories[0] (the text accepts
# float32 answers "compared with a tolerance that fits float32 rounding"); update rules exactly as the text says.
# kind: alt
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    params = [np.float32(p) if np.ndim(p) == 0 else np.asarray(p, dtype=np.float32) for p in starting_params]
    traj = [params]; losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        params = [(p - np.float32(lr) * np.asarray(gi, dtype=np.float32)).astype(np.float32) for p, gi in zip(params, g)]
        traj.append(params); losses.append(total_loss(params, x, y))
    return traj, losses
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = [np.asarray(p, dtype=np.float32) for p in starting_params]
    u = [np.zeros_like(p) for p in params]
    traj = [params]; losses = [total_loss(params, x, y)]
    for _ in range(iterations):
        g = grad_f(params, x, y)
        u = [(np.float32(alpha) * ui - np.float32(lr) * np.asarray(gi, dtype=np.float32)).astype(np.float32) for ui, gi in zip(u, g)]
        params = [p + ui for p, ui in zip(params, u)]
        traj.append(params); losses.append(total_loss(params, x, y))
    return traj, losses
