# From an independent tester (round 123): sigmoid_layer_backward with its own derivative, sign-split, that forgets z == 0 (sigma'(0) = 0 there).
# Round 123: it kept the points (random z is never exactly 0); test_sigmoid_layer now has units with z == 0.
# kind: bug
# fails: test_sigmoid_layer: sigma'(z) is 0 where z is exactly 0
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-np.abs(z))
    d = np.where(z > 0, e / (1 + e) ** 2, np.where(z < 0, e / (1 + e) ** 2, 0.0))
    return dense_backward(da * d, a_prev)
