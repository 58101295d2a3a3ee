# From an independent tester (round 64): sigmoid_layer_backward clips z to [-30, 30] before sigma'(z). Kept as
# correct until round 85 (beyond |z| = 30 correct formulas lose their accuracy: (1 - tanh(z/2)**2) / 4 is 3 % off at
# 35, 0 beyond 38). Round 85's clips at 31 and 35 kept the points too, against the notebook's "no clip may change
# it": far out a correct formula may lose digits or round to 0, but never gives more than the true sigma'(z), as a
# clip does (testing.check_sigmoid_not_above).
# kind: bug
# fails: test_sigmoid_layer: clip
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    zc = np.clip(z, -30, 30)
    s = 1.0 / (1.0 + np.exp(-zc))
    dz = da * s * (1 - s)
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
