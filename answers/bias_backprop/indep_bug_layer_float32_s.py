# From an independent tester (round 106): sigmoid_layer_backward keeps sigmoid(z) in float32: for z above ~17, 1 - s rounds to 0 and sigma' vanishes.
# kind: other
# Kept: sigma(z) computed in float32 makes 1 - sigma(z) round to 0 beyond z = 17, so sigma'(z) is 0 there; float32 arithmetic is accepted and the prose says this 0 is.
# score: full
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(z).astype(np.float32)
    dz = da * s * (1 - s)
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1, keepdims=True)
