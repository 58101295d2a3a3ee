# From an independent tester (round 127): sigmoid_der from a 9-point central stencil; grid built by np.meshgrid(offsets, t) (no linspace/add.outer), contracted with np.einsum, in np.longdouble, evaluated at -|z|.
# kind: other
# flagged: holds a central stencil's numbers
# %% sigmoid_der
def sigmoid_der(z):
    z = np.asarray(z, dtype=float)
    t = -np.abs(z.astype(np.longdouble)).ravel()
    r = np.longdouble(1) / 64
    k = np.array([-4, -3, -2, -1, 0, 1, 2, 3, 4], dtype=np.longdouble) * r
    P, T = np.meshgrid(k, t)
    c = np.array([1, -32 / 3, 56, -224, 0, 224, -56, 32 / 3, -1], dtype=np.longdouble) * (64 / np.longdouble(280))
    v = np.einsum("ij,j->i", 1 / (1 + np.exp(-(T + P))), c)
    return np.asarray(v, dtype=float).reshape(z.shape)
