# From an independent tester (round 127): the same stencil, grid made with np.repeat / np.tile and reshaped, contracted with np.inner
# kind: other
# flagged: holds a central stencil's numbers
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    t = -np.abs(z.astype(np.longdouble)).ravel()
    k = np.array([-4, -3, -2, -1, 0, 1, 2, 3, 4], dtype=np.longdouble) / 64
    g = np.repeat(t, 9) + np.tile(k, t.size)
    v = (1 / (1 + np.exp(-g))).reshape(t.size, 9)
    c = np.array([1, -32 / 3, 56, -224, 0, 224, -56, 32 / 3, -1], dtype=np.longdouble) * (64 / np.longdouble(280))
    return np.asarray(np.inner(v, c), dtype=float).reshape(z.shape)
