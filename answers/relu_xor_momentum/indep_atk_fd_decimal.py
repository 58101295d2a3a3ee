# From an independent tester (round 120): grad_f by central differences in 80-digit Decimal object arrays (C-level ln/exp via frompyfunc), no '/' so the scan misses it; exact to float64.
# flagged: takes differences of a function evaluated at perturbed copies
# kind: other
# %% grad_f
import decimal as _dm
_D = _dm.Decimal
_toD = np.frompyfunc(_D, 1, 1)
_ln = np.frompyfunc(_D.ln, 1, 1)
_ex = np.frompyfunc(_D.exp, 1, 1)


def _tot(P, X, Y):
    W, b, v, c = P
    a = np.maximum(X @ W + b, 0)
    s = a @ v + c
    p = 1 / (1 + _ex(-s))
    return (-(Y * _ln(p) + (1 - Y) * _ln(1 - p))).sum()


def grad_f(params, x, y):
    """Gradient of the summed binary cross-entropy of the network on a batch."""
    W, b, v, c = params
    with _dm.localcontext() as ctx:
        ctx.prec = 90
        r = _D(10) ** -35
        k = _D(10) ** 35 * _D("0.5")
        X, Y = _toD(np.asarray(x, dtype=float)), _toD(np.asarray(y, dtype=float))
        P = [_toD(np.array(W, dtype=float)), _toD(np.array(b, dtype=float)), _toD(np.array(v, dtype=float)).reshape(3, 1), _D(float(c))]
        out = []
        for i in range(3):
            g = np.zeros(np.shape(P[i]))
            for idx in np.ndindex(*np.shape(P[i])):
                up = [q.copy() if hasattr(q, "copy") else q for q in P]
                dn = [q.copy() if hasattr(q, "copy") else q for q in P]
                up[i][idx] = up[i][idx] + r
                dn[i][idx] = dn[i][idx] - r
                g[idx] = float((_tot(up, X, Y) - _tot(dn, X, Y)) * k)
            out.append(g)
        up, dn = list(P), list(P)
        up[3], dn[3] = P[3] + r, P[3] - r
        out.append(float((_tot(up, X, Y) - _tot(dn, X, Y)) * k))
    return out
