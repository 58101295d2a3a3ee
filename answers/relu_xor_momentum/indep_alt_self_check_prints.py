# From an independent tester (round 72): grad_f returns its derived gradient and runs a finite-difference self-check (a helper of its own) that only prints a warning: not an estimate, not flagged.
# kind: alt
# %% grad_f
_SELF_CHECK = True


def _plain_loss(params, x, y):
    # forward pass written out with numpy only, used by the self-check below
    W, b, v, c = params
    a = np.maximum(x @ W + b, 0.0)
    p = 1.0 / (1.0 + np.exp(-(a @ v + c)))
    return float(np.sum(-(y * np.log(p) + (1 - y) * np.log(1 - p))))


def _self_check(params, x, y, grads, h=1e-6):
    worst = 0.0
    for k, (p, g) in enumerate(zip(params, grads)):
        p_arr = np.array(p, dtype=float)
        g_arr = np.asarray(g, dtype=float).reshape(p_arr.shape)
        for idx in np.ndindex(p_arr.shape):
            plus, minus = p_arr.copy(), p_arr.copy()
            plus[idx] += h
            minus[idx] -= h
            pp, pm = list(params), list(params)
            pp[k] = plus if p_arr.ndim else float(plus)
            pm[k] = minus if p_arr.ndim else float(minus)
            est = (_plain_loss(pp, x, y) - _plain_loss(pm, x, y)) / (2 * h)
            worst = max(worst, abs(est - g_arr[idx]) / (1e-8 + abs(est) + abs(g_arr[idx])))
    if worst > 1e-4:
        print(f"grad_f self-check: relative disagreement {worst:.2e} with finite differences")


def grad_f(params, x, y):
    W, b, v, c = params
    z = x @ W + b
    a = relu(z)
    s = a @ v + c
    y_hat = sigmoid(s)
    d_s = loss_derivative(y, y_hat) * sigmoid_prime(s)
    d_z = (d_s @ v.T) * relu_prime(z)
    grads = [x.T @ d_z, d_z.sum(axis=0, keepdims=True), a.T @ d_s, float(d_s.sum())]
    if _SELF_CHECK:
        _self_check(params, x, y, grads)
    return grads  # the derived gradient, never the estimate
