# From an independent tester (round 126): Control: the same disguised central difference as atk_fd_float32_cast, left in float64.
# kind: other
# fails: test_sigmoid_backward: a difference of two nearby values
# flagged: divides a difference of two evaluations
# %% sigmoid_backward
def sigmoid_backward(da, z):
    z = np.asarray(z, dtype=np.float64)
    h = 1e-4 * np.maximum(1.0, np.abs(z))
    g = np.subtract(*map(sigmoid, (z + h, z - h))) / (h + h)
    return np.asarray(da) * g
