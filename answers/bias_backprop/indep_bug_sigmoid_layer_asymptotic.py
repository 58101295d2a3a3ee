# From an independent tester (round 115): sigmoid_layer_backward writes sigma' again and uses the asymptote exp(-|z|) for |z| > 12.
# kind: bug
# fails: test_sigmoid_layer: pproximation of
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    s = sigmoid(np.clip(z, -700, 700))
    d = np.where(np.abs(z) > 12, np.exp(-np.minimum(np.abs(z), 700)), s * (1 - s))
    dz = da * d
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
