# From an independent tester (round 106): sigmoid_backward clips z to [-700, 700] to avoid overflow: far out it returns sigma'(700), larger than the true value.
# kind: other
# Kept: a clip at +-700 against overflow changes nothing np.exp can compute; the prose says it is accepted (only a clip below 700 gives more than the true value where the tests look, z from -46 to 34).
# score: full
# %% sigmoid_backward
def sigmoid_backward(da, z):
    zc = np.clip(z, -700, 700)
    s = 1 / (1 + np.exp(-zc))
    return da * s * (1 - s)
