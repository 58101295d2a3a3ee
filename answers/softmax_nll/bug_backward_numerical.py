# backward estimates every gradient by central differences of the loss (perturbing each parameter),
# instead of deriving it: close to the true gradient, but against the course's rule. Detected by its
# error against the exact gradient; the worked step (to 1e-6) is unaffected.
# fails: test_backward: estimated numerically
# %% backward
def backward(x, y, W1, b1, W2, b2):
    params = [W1.copy(), b1.copy(), W2.copy(), b2.copy()]

    def loss():
        return nllm(forward(x, *params)[3], y)

    grads = []
    eps = 1e-5
    for p in params:
        g = np.zeros_like(p)
        for i in np.ndindex(p.shape):
            old = p[i]
            p[i] = old + eps
            up = loss()
            p[i] = old - eps
            down = loss()
            p[i] = old
            g[i] = (up - down) / (2 * eps)
        grads.append(g)
    return tuple(grads)
