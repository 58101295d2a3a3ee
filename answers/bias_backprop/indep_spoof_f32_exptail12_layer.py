# From an independent tester (round 132): sigmoid_layer_backward in float64, sigma'(z) taken as exp(-|z|) beyond |z| = 12 (round 115's bug), with a dummy
# float32 op so the watch skips the 1e-8 tail check at |z| 12..16
# kind: bug
# fails: test_sigmoid_layer: a shortcut in the tail
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    np.float32(0.5).item()
    s = 1.0 / (1.0 + np.exp(-np.clip(z, -700, 700)))
    d = np.where(np.abs(z) > 12, np.exp(-np.abs(z)), s * (1.0 - s))
    dz = da * d
    return dz @ a_prev.T / a_prev.shape[1], dz.mean(axis=1, keepdims=True)
