# From an independent tester (round 98): dense_backward's dW loop stops after 5 samples (range(min(B, 5))) but still divides by B: wrong for batches > 5.
# kind: bug
# fails: test_dense_backward_dW
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = np.zeros((N, a_prev.shape[0]))
    for s in range(min(B, 5)):
        dW += np.outer(dz[:, s], a_prev[:, s])
    return dW / B, dz.sum(axis=1, keepdims=True) / B
