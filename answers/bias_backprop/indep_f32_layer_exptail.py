# From an independent tester (round 132): sigmoid_layer_backward in float32, sigma'(z) replaced by exp(-|z|) beyond |z| = 8 (a tail shortcut)
# kind: bug
# fails: test_sigmoid_layer: a shortcut in the tail
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    da32, z32, a32 = (np.asarray(x, dtype=np.float32) for x in (da, z, a_prev))
    s = 1 / (1 + np.exp(-z32))
    d = np.where(np.abs(z32) > 8, np.exp(-np.abs(z32)), s * (1 - s))
    dz = da32 * d
    return dz @ a32.T / np.float32(a32.shape[1]), dz.mean(axis=1, keepdims=True)
