# From an independent tester (round 94): db averages only the first 5 samples (dz[:, :5]); right for the visible batches of 4 and 5, wrong for larger batches.
# kind: bug
# fails: test_dense_backward_db: db uses only the first 5 samples
# %% dense_backward
def dense_backward(dz, a_prev):
    B = dz.shape[1]
    return dz @ a_prev.T / B, dz[:, :5].mean(axis=1, keepdims=True)
