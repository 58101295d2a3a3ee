# Bug (seed 3 convention, samples as rows): dBiases = Delta.sum(0)/batchsize. Here samples are columns, so sum(0)
# sums over the neurons and returns shape (B,). dW is right.
# fails: test_dense_backward_db: wrong shape (5,), expected (4, 1): one entry per sample (the batch size is 5): reduced over the wrong axis
# %% dense_backward
def dense_backward(dz, a_prev):
    batchsize = dz.shape[1]
    dW = dz @ a_prev.T / batchsize
    db = dz.sum(0) / batchsize
    return dW, db
