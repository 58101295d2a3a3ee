# From an independent tester (round 107): dense_backward "tidies" dW with np.atleast_2d(np.squeeze(...)), which gives shape (1, N) when the layer has one input.
# fails: test_dense_backward_dW: a row where a column belongs
# %% dense_backward
def dense_backward(dz, a_prev):
    bsz = dz.shape[1]
    dW = np.atleast_2d(np.squeeze(dz @ a_prev.T)) / bsz
    db = dz.sum(axis=1, keepdims=True) / bsz
    return dW, db
