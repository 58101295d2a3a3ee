# From an independent tester (round 107): bug_dW_squeeze_nprev1 after following the message "it is transposed": a .T added to dW, which now breaks every layer with several inputs.
# fails: test_dense_backward_dW: it is transposed
# %% dense_backward
def dense_backward(dz, a_prev):
    bsz = dz.shape[1]
    dW = np.atleast_2d(np.squeeze(dz @ a_prev.T)).T / bsz
    db = dz.sum(axis=1, keepdims=True) / bsz
    return dW, db
