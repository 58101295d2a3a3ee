# From an independent tester (round 106): sigmoid_backward uses s*(1-s) with s = sigmoid(z) in float32 "to save memory": for positive z beyond ~17, 1-s rounds to 0.
# kind: other
# Kept: sigma(z) computed in float32 makes 1 - sigma(z) round to 0 beyond z = 17, so sigma'(z) is 0 there; float32 arithmetic is accepted and the prose says this 0 is.
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    s = sigmoid(z).astype(np.float32)
    return da * (s * (1 - s))
