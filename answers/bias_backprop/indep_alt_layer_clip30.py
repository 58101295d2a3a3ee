# From an independent tester (round 64): sigmoid_layer_backward clips z to [-30, 30] before sigma'(z). Kept as
# correct on purpose: beyond |z| = 30 it changes sigma' by less than 1e-13, where sigma' is below 1e-13 and correct
# formulas lose their accuracy ((1 - tanh(z/2)**2) / 4 is 3 % off at 35, 0 beyond 38); the tails checks stop at 29.5.
# kind: alt
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    zc = np.clip(z, -30, 30)
    s = 1.0 / (1.0 + np.exp(-zc))
    dz = da * s * (1 - s)
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
