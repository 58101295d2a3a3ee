# From an independent tester (round 103): Correct answers using the identity sigma'(z) = 1 / (2 + 2 cosh z) (cosh overflows to inf far out, giving 0).
# kind: alt
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    with np.errstate(over="ignore"):
        return da / (2.0 + 2.0 * np.cosh(z))
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    sp = 0.25 * (1.0 - np.tanh(0.5 * z) ** 2)   # sigma'(z) through tanh
    dz = da * sp
    B = a_prev.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
