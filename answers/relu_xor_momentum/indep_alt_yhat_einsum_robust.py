# From an independent tester (round 76): yhat with np.einsum on np.asarray inputs (lists, ints, 1-D single example via atleast_2d, non-contiguous views), c as 1-element array ok.
# kind: alt
# %% yhat
def yhat(X, params):
    """Output of the network for a batch."""
    W, b, v, c = params
    X = np.atleast_2d(np.asarray(X, dtype=float))
    W = np.asarray(W, dtype=float)
    v = np.asarray(v, dtype=float).reshape(-1, 1)
    z = np.einsum("ni,ij->nj", X, W) + np.asarray(b, dtype=float).reshape(1, -1)
    a = relu(z)
    s = np.einsum("nj,jk->nk", a, v) + np.asarray(c, dtype=float).reshape(())
    return sigmoid(s)
