# grad_f estimates the gradient by central differences of total_loss instead of deriving it. It agrees
# with the true gradient to about 1e-9, so the visible check passes, but the hidden check compares it
# with the exact gradient: "estimated numerically", no points for grad_f.
# fails: test_grad_f: estimated numerically
# %% grad_f
def grad_f(params, x, y):
    eps = 1e-6
    grads = []
    for k in range(4):
        p = np.array(params[k], dtype=float)
        g = np.zeros_like(p)
        for idx in np.ndindex(p.shape):
            plus, minus = p.copy(), p.copy()
            plus[idx] += eps
            minus[idx] -= eps
            up = list(params)
            down = list(params)
            up[k] = plus if k < 3 else float(plus)
            down[k] = minus if k < 3 else float(minus)
            g[idx] = (total_loss(up, x, y) - total_loss(down, x, y)) / (2 * eps)
        grads.append(g if k < 3 else float(g))
    return grads
