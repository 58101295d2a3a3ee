# Round 66 attack (red team): nll_gradient and backward estimated by Richardson-extrapolated central differences,
# accurate to 1e-13..4e-13, which the 1e-12 estimate threshold let through for nll_gradient (5/5). Must lose both.
# kind: other
# fails: test_nll_gradient: estimated numerically
# fails: test_backward
# %% nll_gradient
def nll_gradient(x, a, y):
    x = np.asarray(x, float); a = np.asarray(a, float); y = np.asarray(y, float)
    if a.shape[0] == 1:
        z = np.log(a) - np.log1p(-a)
        def loss(W):
            zz = z + W.T @ x
            s = 1 / (1 + np.exp(-zz))
            return -np.sum(y * np.log(s) + (1 - y) * np.log1p(-s))
    else:
        z = np.log(a)
        def loss(W):
            zz = z + W.T @ x
            zz = zz - zz.max(0)
            return -np.sum(y * (zz - np.log(np.exp(zz).sum(0))))
    W0 = np.zeros((x.shape[0], a.shape[0]))
    G = np.zeros_like(W0)
    for i in np.ndindex(W0.shape):
        def d(h):
            E = W0.copy(); E[i] += h; F = W0.copy(); F[i] -= h
            return (loss(E) - loss(F)) / (2 * h)
        h = 1e-2
        D1, D2, D3 = d(h), d(h / 2), d(h / 4)
        R1 = (4 * D2 - D1) / 3; R2 = (4 * D3 - D2) / 3
        G[i] = (16 * R2 - R1) / 15
    return G
# %% backward
def backward(x, y, W1, b1, W2, b2):
    params = [np.array(p, float) for p in (W1, b1, W2, b2)]
    def loss(ps):
        _, _, _, a2 = forward(x, *ps)
        return nllm(a2, y)
    grads = []
    for k, P in enumerate(params):
        G = np.zeros_like(P)
        for i in np.ndindex(P.shape):
            def d(h):
                A = [p.copy() for p in params]; B = [p.copy() for p in params]
                A[k][i] += h; B[k][i] -= h
                return (loss(A) - loss(B)) / (2 * h)
            h = 1e-3
            D1, D2, D3 = d(h), d(h / 2), d(h / 4)
            R1 = (4 * D2 - D1) / 3; R2 = (4 * D3 - D2) / 3
            G[i] = (16 * R2 - R1) / 15
        grads.append(G)
    return tuple(grads)
