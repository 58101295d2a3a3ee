# From an independent tester (round 8): np.matrix results were refused as not plain data; they now cross as 2-d arrays.
# Old-tutorial style with np.asmatrix: dense_backward computes with np.matrix and returns np.matrix objects (ndarray subclasses) of the right shapes.
# kind: alt
# %% dense_backward
def dense_backward(dz, a_prev):
    D, A = np.asmatrix(dz), np.asmatrix(a_prev)
    B = D.shape[1]
    return D * A.T / B, D.sum(axis=1) / B
