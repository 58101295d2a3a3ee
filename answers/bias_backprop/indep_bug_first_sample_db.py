# From an independent tester: dense_backward's db is the first sample's dz only (dz[:, :1]).
# fails: test_dense_backward_db: db uses only the first sample (column 0 of dz)
# %% dense_backward
def dense_backward(dz, a_prev):
    return dz @ a_prev.T / dz.shape[1], dz[:, :1].copy()
