# From an independent tester (round 106): sigmoid_layer_backward writes sigma' out again with a guard that zeroes it for z > 20.
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-np.abs(z))
    dz = np.where(z > 20, 0.0, da * e / (1 + e) ** 2)
    return dz @ a_prev.T / dz.shape[1], dz.mean(axis=1, keepdims=True)
