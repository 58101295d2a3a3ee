# From an independent tester (round 120): grad_f by float64 central differences (no '/' , step not named like a step) with the result passed through float32 so the float32 tolerance hides the FD error.
# Round 130: the batches with pre-activations within 1e-3 of the ReLU kink make its central differences cross the kink: test_grad_f now loses its points too.
# flagged: takes differences of a function evaluated at perturbed copies
# kind: other
# fails: test_grad_f: Gradient check failed
# %% grad_f
def _tot(P, X, Y):
    W, b, v, c = P
    a = np.maximum(X @ W + b, 0.0)
    p = 1.0 * (1.0 + np.exp(-(a @ v + c))) ** -1
    return float(np.sum(-(Y * np.log(p) + (1 - Y) * np.log(1 - p))))


def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy of the network on a batch."""
    W, b, v, c = params
    P = [np.array(W, dtype=float), np.array(b, dtype=float), np.array(v, dtype=float), float(c)]
    r = 2.0 ** -17
    k = 2.0 ** 16
    out = []
    for i in range(3):
        g = np.zeros(P[i].shape)
        for idx in np.ndindex(*P[i].shape):
            up = [q.copy() if i == j else q for j, q in enumerate(P)]
            dn = [q.copy() if i == j else q for j, q in enumerate(P)]
            up[i][idx] += r
            dn[i][idx] -= r
            g[idx] = (_tot(up, x, y) - _tot(dn, x, y)) * k
        out.append(g.astype(np.float32).astype(float))
    up, dn = list(P), list(P)
    up[3], dn[3] = P[3] + r, P[3] - r
    out.append(float(np.float32((_tot(up, x, y) - _tot(dn, x, y)) * k)))
    return out
