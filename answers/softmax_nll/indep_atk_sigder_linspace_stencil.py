# From an independent tester (round 126): sigmoid_der estimated by a 9-point (8th-order) central stencil: grid from np.linspace(z - 4h, z + 4h, 9, axis=-1), combined by a matmul with the stencil weights; evaluated at -|z| (sigma' is even) so the values are small and keep their relative precision. Not derived.
# kind: other
# fails: test_sigmoid_der: not the exact derivative
# flagged: makes a grid of points around an input
# %% sigmoid_der
def sigmoid_der(z):
    u = -np.abs(np.asarray(z, dtype=float))
    h = 0.05
    grid = np.linspace(u - 4 * h, u + 4 * h, 9, axis=-1)
    w = np.array([1 / 280, -4 / 105, 1 / 5, -4 / 5, 0.0, 4 / 5, -1 / 5, 4 / 105, -1 / 280])
    return (sigmoid(grid) @ w) / h
