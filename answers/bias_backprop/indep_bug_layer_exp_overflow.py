# From an independent tester (round 56): passed its own visible cell.
# sigmoid_layer_backward writes the derivative out as exp(-z) / (1 + exp(-z))^2: right for moderate z, but
# inf/inf = nan for z < -709 (only far-out inputs show it). sigmoid_backward itself is correct.
# kind: bug
# fails: test_sigmoid_layer: is nan
# self-check: test_sigmoid_layer: is nan at z
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    e = np.exp(-z)
    dz = da * e / (1 + e) ** 2
    B = a_prev.shape[1]
    return dz @ a_prev.T / B, np.sum(dz, axis=1, keepdims=True) / B
