# From an independent tester (round 8): the message did not name the missing sample.
# dW accumulates outer products in a loop that starts at sample 1 (forgets sample 0), then divides by B; db is right.
# fails: test_dense_backward_dW: misses one sample
# %% dense_backward
def dense_backward(dz, a_prev):
    N, B = dz.shape
    dW = np.zeros((N, a_prev.shape[0]))
    for s in range(1, B):
        dW += np.outer(dz[:, s], a_prev[:, s])
    dW /= B
    db = dz.mean(axis=1, keepdims=True)
    return dW, db
