# From an independent tester: dense_backward's db is weighted by the mean input of each sample, as if it were dW.
# fails: test_dense_backward_db: db is weighted by the inputs a_prev, as dW is
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz @ a_prev.T.mean(axis=1, keepdims=True) / B
