# From an independent tester (round 132): sigmoid_layer_backward in float64 with sigma' set to 0 beyond |z| = 20, plus a dummy float32 op (watch spoof)
# kind: bug
# fails: test_sigmoid_layer: sets sigma' to 0 beyond some |z|
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    _unused = np.zeros(1, dtype=np.float32) + 1
    s = 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))
    d = np.where(np.abs(z) > 20, 0.0, s * (1.0 - s))
    dz = da * d
    return dz @ a_prev.T / a_prev.shape[1], dz.mean(axis=1, keepdims=True)
