# From an independent tester (round 107): dense_backward accumulates dW in place (+=) in np.zeros_like(a_prev, ...), an integer array when a_prev holds 0/1 integers: it crashes.
# fails: test_dense_backward_dW: a float result stored into an array of integers
# (round 108: db is checked with integer inputs too, and the function raises there before it returns db)
# fails: test_dense_backward_db: a float result stored into an array of integers
# %% dense_backward
def dense_backward(dz, a_prev):
    bsz = dz.shape[1]
    dW = np.zeros_like(a_prev, shape=(dz.shape[0], a_prev.shape[0]))
    for s in range(bsz):
        dW += np.outer(dz[:, s], a_prev[:, s]) / bsz
    return dW, dz.mean(axis=1, keepdims=True)
