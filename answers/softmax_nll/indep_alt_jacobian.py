# Correct answer that does not use the a - y shortcut literally: backward pushes dLoss/da2 = -y / a2 through
# the full softmax Jacobian (diag(a) - a a^T, one per sample), and nll_gradient forms dNLL/dz from the chain
# rule dNLL/da * da/dz for the sigmoid case and the softmax Jacobian for n > 1. Sigmoid is the numerically
# stable piecewise form; sigmoid_der = e^{-|z|} / (1 + e^{-|z|})^2 (derived, symmetric in z).
# kind: alt
# %% sigmoid
def sigmoid(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
# %% sigmoid_der
def sigmoid_der(z):
    e = np.exp(-np.abs(np.asarray(z, dtype=float)))
    return e / (1.0 + e) ** 2
# %% nll_gradient
def _softmax_nll_dz(a, y):
    # dL/dz for softmax + NLLM, through the Jacobian: dz_j = sum_i (a_i (delta_ij - a_j)) * (-y_i / a_i)
    N = a.shape[1]
    dz = np.empty_like(a, dtype=float)
    for t in range(N):
        at = a[:, t]
        J = np.diag(at) - np.outer(at, at)          # J[i, j] = d a_i / d z_j (symmetric)
        dz[:, t] = J.T @ (-y[:, t] / at)
    return dz

def nll_gradient(x, a, y):
    if a.shape[0] == 1:                             # sigmoid unit
        dnll_da = -(y / a - (1 - y) / (1 - a))
        dz = dnll_da * a * (1 - a)
    else:
        dz = _softmax_nll_dz(a, y)
    return x @ dz.T
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    da2 = -y / a2
    dz2 = np.empty_like(a2)
    for t in range(a2.shape[1]):
        at = a2[:, t]
        dz2[:, t] = (np.diag(at) - np.outer(at, at)) @ da2[:, t]
    dW2 = a1 @ dz2.T
    db2 = dz2.sum(axis=1).reshape(-1, 1)
    da1 = W2 @ dz2
    dz1 = da1 * np.where(z1 > 0, 1.0, 0.0)
    dW1 = x @ dz1.T
    db1 = dz1.sum(axis=1).reshape(-1, 1)
    return dW1, db1, dW2, db2
