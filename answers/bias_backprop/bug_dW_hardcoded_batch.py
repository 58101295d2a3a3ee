# dense_backward divides by 5, the batch size of the visible check, instead of the batch size: the visible
# check passes, the hidden ones (other batch sizes) fail, and the message names the hard-coded size.
# fails: test_dense_backward_dW: the batch size seems hard-coded as 5
# fails: test_dense_backward_db: the batch size seems hard-coded as 5
# %% dense_backward
def dense_backward(dz, a_prev):
    dW = dz @ a_prev.T / 5
    db = np.sum(dz, axis=1, keepdims=True) / 5
    return dW, db
