# From an independent tester (round 106): Equivalent formulas: sigma'(z) = 1/(2 + e^z + e^-z) (overflow gives 1/inf = 0), np.inner for dW, dz @ ones / B for db.
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    with np.errstate(over="ignore"):
        return da / (2.0 + np.exp(z) + np.exp(-z))
# %% dense_forward
def dense_forward(W, b, a_prev, activation):
    z = np.inner(W, a_prev.T) + b @ np.ones((1, a_prev.shape[1]))
    return (z, activation(z))
# %% dense_backward
def dense_backward(dz, a_prev):
    B = a_prev.shape[1]
    return np.inner(dz, a_prev) / B, dz @ np.ones((B, 1)) / B
# %% update_layer
def update_layer(W, b, dz, a_prev, learning_rate):
    B = dz.shape[1]
    step_W = learning_rate / B * np.inner(dz, a_prev)
    step_b = learning_rate / B * dz.sum(axis=1)[:, np.newaxis]
    return W - step_W, b - step_b
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    with np.errstate(over="ignore"):
        dz = da * (0.5 / (1.0 + np.cosh(z)))
    B = dz.shape[1]
    return np.inner(dz, a_prev) / B, np.average(dz, axis=1).reshape(-1, 1)
