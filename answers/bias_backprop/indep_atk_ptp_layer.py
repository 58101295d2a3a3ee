# From an independent tester (round 122): the same ptp central difference inside sigmoid_layer_backward (its derivative written out there).
# kind: bug
# fails: test_sigmoid_layer: not the exact derivative
# flagged: sigmoid_layer_backward evaluates sigmoid at nearby points
# %% sigmoid_layer_backward
def sigmoid_layer_backward(da, z, a_prev):
    w = -np.abs(np.asarray(z, dtype=float))
    r = np.float64(2.0) ** np.float64(-17)
    pair = np.stack([w + r, w - r])
    dz = da * (np.ptp(sigmoid(pair), axis=0) * (np.float64(2.0) ** np.float64(16)))
    B = a_prev.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
