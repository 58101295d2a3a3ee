# ATTACK: yhat loops over the rows of the batch (forbidden) and switches off the tracer (sys.settrace(None))
# plus threading.settrace so the line counter sees nothing; decision_grid loops over grid points too.
# fails: test_yhat: replaced sys.settrace's hook
# fails: test_decision_grid: replaced sys.settrace's hook
# %% yhat
import sys as _s
import threading as _th


def yhat(X, params):
    _s.settrace(None)
    _th.settrace(lambda *a: None)
    W, b, v, c = params
    rows = []
    for i in range(X.shape[0]):
        z = X[i:i + 1] @ W + b
        rows.append(sigmoid(relu(z) @ v + c))
    return np.vstack(rows)
# %% decision_grid
def decision_grid(params, G1, G2):
    _s.settrace(None)
    out = np.zeros(G1.shape)
    for idx in np.ndindex(G1.shape):
        out[idx] = float(yhat(np.array([[G1[idx], G2[idx]]]), params)[0, 0] >= 0.5)
    return out
