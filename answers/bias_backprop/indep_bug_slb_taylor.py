# From an independent tester (round 93): sigmoid_layer_backward uses a lookup table of sigma' on [-8, 8] (step 1e-3, np.interp holds the edge value outside): accurate near 0, wrong far out.
# kind: bug
# fails: test_sigmoid_layer
# %% sigmoid_layer_backward
_grid = np.linspace(-8, 8, 16001)
_tab = sigmoid(_grid) * (1 - sigmoid(_grid))
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * np.interp(z, _grid, _tab)
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
