# From an independent tester (round 69): dense_backward returns dz itself as db for a batch of one (the mean over one
# sample "is" dz): right values, but db and the caller's dz are one array, where the notebook asks for new arrays.
# kind: bug
# fails: test_dense_backward_db: returned its argument dz itself (or a view of it) as db
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    dW = dz @ a_prev.T / B
    if B == 1:
        db = dz  # the mean over one sample is the sample itself
    else:
        db = dz.mean(axis=1, keepdims=True)
    return dW, db
