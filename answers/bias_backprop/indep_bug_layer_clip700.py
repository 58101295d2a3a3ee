# From an independent tester (round 106): sigmoid_layer_backward clips z to [-700, 700] before its own sigma': far out sigma'(700) exceeds the true value.
# kind: other
# Kept: a clip at +-700 against overflow changes nothing np.exp can compute; the prose says it is accepted (only a clip below 700 gives more than the true value where the tests look, z from -46 to 34).
# score: full
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = 1 / (1 + np.exp(-np.clip(z, -700, 700)))
    dz = da * s * (1 - s)
    return dense_backward(dz, a_prev)
