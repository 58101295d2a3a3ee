# From an independent tester (round 95): Momentum with a memoised gradient keyed on the bytes of all arguments (params, x, y) and a stacked-velocity formulation u_k = alpha u_{k-1} - lr g_k.
# kind: alt
# %% gradient_descent_momentum
_GRAD_CACHE = {}


def _key(params, x, y):
    parts = []
    for p in list(params) + [x, y]:
        a = np.asarray(p, dtype=float)
        parts.append((a.shape, a.tobytes()))
    return tuple(parts)


def _cached_grad(params, x, y):
    k = _key(params, x, y)
    if k not in _GRAD_CACHE:
        _GRAD_CACHE[k] = grad_f(params, x, y)
    return _GRAD_CACHE[k]


def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    params = [np.copy(p) for p in starting_params]
    velocity = None
    trajectories, losses = [params], [total_loss(params, x, y)]
    for _ in range(iterations):
        g = _cached_grad(params, x, y)
        step = [-lr * np.asarray(gi) for gi in g]
        velocity = step if velocity is None else [alpha * ui + si for ui, si in zip(velocity, step)]
        params = [p + ui for p, ui in zip(params, velocity)]
        trajectories.append(params)
        losses.append(total_loss(params, x, y))
    return trajectories, losses
# %% after gradient_descent_momentum
_t1, _l1 = gradient_descent_momentum(xs[:5], ys[:5], params_init, 3, 0.0, 0.0)
print("lr=0 keeps start:", np.allclose(_t1[-1][0], params_init[0]))
W = b = v = c = None
ALPHA = 0.99
