# From an independent tester (round 127): sigmoid_layer_backward: sigma' estimated by a central difference of sigmoid(-|z|) with np.convolve as the stencil
# kind: other
# fails: test_sigmoid_layer: not the exact derivative
# flagged: calls numpy.convolve
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    u = np.maximum(-np.abs(np.asarray(z, dtype=float)), -700.0).ravel()
    g = np.repeat(u, 2) + np.tile([1e-5, -1e-5], u.size)
    f = 1.0 / (1.0 + np.exp(-g))
    d = np.convolve(f, [-50000.0, 50000.0], mode="valid")[0::2]
    dz = da * d.reshape(np.shape(z))
    return dz @ a_prev.T / a_prev.shape[1], dz.mean(axis=1, keepdims=True)
