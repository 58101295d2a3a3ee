# From an independent tester (round 94): sigma' read from a lookup table (np.interp on a grid of step 0.05 over [-40, 40]): linear-interpolation error ~1e-4 relative; not exact.
# kind: bug
# fails: test_sigmoid_layer: np.interp
# %% sigmoid_layer_backward
_grid = np.linspace(-40, 40, 1601)
_s = 1.0 / (1.0 + np.exp(-_grid))
_table = _s * (1 - _s)
def sigmoid_layer_backward(da, z, a_prev):
    dz = da * np.interp(z, _grid, _table)
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz.sum(axis=1, keepdims=True) / B
