# From an independent tester (round 96): dense_backward sums over the samples in a loop that stops after 5 samples (range(min(B, 5))) but divides by B.
# kind: bug
# fails: test_dense_backward_dW
# fails: test_dense_backward_db
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = np.zeros((N, a_prev.shape[0])); db = np.zeros((N, 1))
    for s in range(min(B, 5)):
        dW += np.outer(dz[:, s], a_prev[:, s])
        db[:, 0] += dz[:, s]
    return dW / B, db / B
