# From an independent tester (round 109): relu loops over rows and columns, so it only works for 2-D arrays (the prose promises any shape).
# kind: bug
# fails: test_relu: on a 1-D array of shape
# %% relu
def relu(z):
    z = np.asarray(z, dtype=float)
    out = np.zeros_like(z)
    for i in range(z.shape[0]):
        for j in range(z.shape[1]):
            out[i, j] = z[i, j] if z[i, j] > 0 else 0.0
    return out
