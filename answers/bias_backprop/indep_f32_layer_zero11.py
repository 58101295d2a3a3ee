# From an independent tester (round 132): sigmoid_layer_backward in float32, saturated units (|z| > 11) contribute nothing (a "dead unit" shortcut)
# kind: bug
# fails: test_sigmoid_layer: sets sigma' to 0 beyond some |z|
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    da32, z32, a32 = (np.asarray(x, dtype=np.float32) for x in (da, z, a_prev))
    s = 1 / (1 + np.exp(-z32))
    dz = da32 * s * (1 - s) * (np.abs(z32) < 11)
    return dz @ a32.T / np.float32(a32.shape[1]), dz.mean(axis=1, keepdims=True)
