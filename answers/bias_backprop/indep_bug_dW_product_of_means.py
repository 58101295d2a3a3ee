# From an independent tester (round 8): the message did not name the product of means.
# dW as the outer product of the batch means of dz and a_prev (product of means instead of mean of products): right only for one sample.
# fails: test_dense_backward_dW: product of the means
# %% dense_backward
def dense_backward(dz, a_prev):
    dz_mean = dz.mean(axis=1)
    dW = np.outer(dz_mean, a_prev.mean(axis=1))
    return dW, dz_mean.reshape(-1, 1)
