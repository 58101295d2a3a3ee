# From an independent tester (round 106): nll_gradient with einsum over samples, inputs copied and converted to float first, with assertions on shapes.
# kind: alt
# score: full
# %% nll_gradient
def nll_gradient(x, a, y):
    x = np.array(x, dtype=float)
    a = np.array(a, dtype=float)
    y = np.array(y, dtype=float)
    assert a.shape == y.shape, "a and y must have the same shape"
    assert x.shape[1] == a.shape[1], "one column per sample"
    return np.einsum("mt,nt->mn", x, a - y)
