# From an independent tester (round 132): sigmoid_layer_backward in float32 whose sigma' uses 1 - sigma(z) ~ 1 shortcut (sigma'(z) taken as sigma(z) where z < -9)
# kind: bug
# (which check catches it first depends on the draw: the tail check tells the shortcut; a draw whose 1x4 layer has a sample in the tail fails its db earlier, without the story)
# fails: test_sigmoid_layer: of sigmoid_layer_backward
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    da32, z32, a32 = (np.asarray(x, dtype=np.float32) for x in (da, z, a_prev))
    s = 1 / (1 + np.exp(-z32))
    d = np.where(z32 < -6, s, s * (1 - s))
    dz = da32 * d
    return dz @ a32.T / np.float32(a32.shape[1]), dz.mean(axis=1, keepdims=True)
