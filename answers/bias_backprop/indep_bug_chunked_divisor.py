# From an independent tester (round 113): dense_backward accumulates in mini-chunks of 8 samples and divides each chunk by min(8, B): right only for B <= 8.
# Its message named only B - 1 (8 at a batch of 9); it now also asks about a fixed 8 in the code.
# kind: bug
# fails: test_dense_backward_dW: a fixed 8
# fails: test_dense_backward_db: a fixed 8
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    chunk = 8
    dW = np.zeros((dz.shape[0], a_prev.shape[0]))
    db = np.zeros((dz.shape[0], 1))
    for i in range(0, B, chunk):
        d, a = dz[:, i:i + chunk], a_prev[:, i:i + chunk]
        dW += d @ a.T / min(chunk, B)
        db += d.sum(axis=1, keepdims=True) / min(chunk, B)
    return dW, db
