# From an independent tester (round 128): sigmoid_layer_backward writing its own derivative with z clipped to [-60, 60] "against overflow" (sigma'(60) = 9e-27, many times the true value beyond)
# kind: bug
# fails: test_sigmoid_layer: is z clipped
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    zc = np.clip(z, -60.0, 60.0)
    s = 1.0 / (1.0 + np.exp(-zc))
    dz = da * s * (1.0 - s)
    B = a_prev.shape[1]
    return dz @ a_prev.T / B, dz.mean(axis=1, keepdims=True)
