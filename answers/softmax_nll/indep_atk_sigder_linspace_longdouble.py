# From an independent tester (round 126): sigmoid_der estimated by a 9-point stencil in extended precision: the grid is np.linspace over np.longdouble endpoints (axis=-1), combined by a matmul with the weights; at -|z| (sigma' is even). Cast back to float64 it is as exact as the formula. Not derived.
# kind: other
# flagged: holds a central stencil's numbers
# %% sigmoid_der
def sigmoid_der(z):
    u = -np.abs(np.asarray(z, dtype=np.longdouble))
    h = np.longdouble(1) / 64
    grid = np.linspace(u - 4 * h, u + 4 * h, 9, axis=-1)
    w = np.array([1, -32 / 3, 56, -224, 0, 224, -56, 32 / 3, -1], dtype=np.longdouble) / 280
    return np.asarray(((1 / (1 + np.exp(-grid))) @ w) / h, dtype=float)
